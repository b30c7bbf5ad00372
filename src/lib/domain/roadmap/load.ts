import { isActive, weeks, type Initiative } from './schema';

/** One owner's roadmap week: initiatives running and their effort (hours/week). */
export interface WeekLoad {
	week: number;
	count: number;
	hours: number;
}

/** Whether `i` runs in `week` (1–13). */
export const runsIn = (i: Pick<Initiative, 'startWeek' | 'endWeek'>, week: number) =>
	i.startWeek <= week && week <= i.endWeek;

/** Weeks 1–13 of `seatId`: its planned and in-progress initiatives and their hours/week. */
export function ownerWeeks(initiatives: readonly Initiative[], seatId: string): WeekLoad[] {
	const mine = initiatives.filter((i) => i.ownerSeatId === seatId && isActive(i));
	return weeks.map((week) => {
		const running = mine.filter((i) => runsIn(i, week));
		return {
			week,
			count: running.length,
			hours: running.reduce((t, i) => t + i.effortHoursPerWeek, 0)
		};
	});
}

/** The busiest week of an owner: most initiatives and most hours (each may be a different week). */
export function peakLoad(initiatives: readonly Initiative[], seatId: string) {
	const ws = ownerWeeks(initiatives, seatId);
	return {
		count: Math.max(0, ...ws.map((w) => w.count)),
		hours: Math.max(0, ...ws.map((w) => w.hours))
	};
}

/** Consecutive week numbers as ranges: [3,4,5,9] → "weeks 3–5 and 9". */
export function weekRanges(ws: readonly number[]): string {
	const parts: string[] = [];
	for (let i = 0; i < ws.length;) {
		let j = i;
		while (j + 1 < ws.length && ws[j + 1] === ws[j]! + 1) j++;
		parts.push(i === j ? `${ws[i]}` : `${ws[i]}–${ws[j]}`);
		i = j + 1;
	}
	const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
	return `${ws.length === 1 ? 'week' : 'weeks'} ${list}`;
}
