import { addIsoWeeks, isoWeekOf, type IsoWeek } from '../conversations/weeks';
import type { CalendarDate } from './calendar';
import { weekdaysOf } from './dashboard-time';
import type { RunView } from './run-view';

/** One owner's run work: hours per ISO week and per audience (or client) over the window. */
export interface OwnerLoad {
	seatId: string | null;
	owner: string;
	/** Hours by week, aligned with LoadTable.weeks. */
	hours: number[];
	total: number;
	/** Hours by audience, or by client when the run names one ("Audience · Client"). */
	byAudience: { name: string; hours: number }[];
}

export interface LoadTable {
	weeks: IsoWeek[];
	owners: OwnerLoad[];
}

/** Weeks before and after the current one that the load table shows. */
export const LOAD_WEEKS_BACK = 3;
export const LOAD_WEEKS_AHEAD = 6;

/**
 * Run work per owner by ISO week around `today` (LOAD_WEEKS_BACK before to LOAD_WEEKS_AHEAD
 * after): each step's mean effort hours spread evenly over the weekdays from its start to its
 * current due date, done or open (cancelled runs left out); owners with most hours first.
 */
export function loadOf(
	runs: readonly RunView[],
	today: CalendarDate,
	keep: (ownerSeatId: string | null) => boolean
): LoadTable {
	const first = addIsoWeeks(isoWeekOf(today), -LOAD_WEEKS_BACK);
	const weeks = Array.from({ length: LOAD_WEEKS_BACK + LOAD_WEEKS_AHEAD + 1 }, (_, i) =>
		addIsoWeeks(first, i)
	);
	const index = new Map(weeks.map((w, i) => [w, i]));
	const owners = new Map<string, OwnerLoad & { audiences: Map<string, number> }>();
	for (const run of runs) {
		if (run.state === 'cancelled') continue;
		const audience = run.brief.client
			? `${run.audienceName} · ${run.brief.client}`
			: run.audienceName;
		for (const s of run.steps) {
			if (!keep(s.owner.seatId) || s.effortHours <= 0) continue;
			const days = weekdaysOf(s.start, s.due);
			if (days.length === 0) continue;
			const key = s.owner.seatId ?? `none:${s.owner.label}`;
			const o = owners.get(key) ?? {
				seatId: s.owner.seatId,
				owner: s.owner.label,
				hours: weeks.map(() => 0),
				total: 0,
				byAudience: [],
				audiences: new Map<string, number>()
			};
			for (const day of days) {
				const i = index.get(isoWeekOf(day));
				if (i === undefined) continue;
				const h = s.effortHours / days.length;
				o.hours[i]! += h;
				o.total += h;
				o.audiences.set(audience, (o.audiences.get(audience) ?? 0) + h);
			}
			owners.set(key, o);
		}
	}
	return {
		weeks,
		owners: [...owners.values()]
			.filter((o) => o.total > 0)
			.map(({ audiences, ...o }) => ({
				...o,
				byAudience: [...audiences].map(([name, hours]) => ({ name, hours }))
			}))
			.sort((a, b) => b.total - a.total)
	};
}
