import { addDays, format, isWeekend, parseISO } from 'date-fns';

const DAY_MS = 86_400_000;

/**
 * Weekdays elapsed between two ISO instants: 24-hour days with Saturdays and Sundays (UTC) left
 * out, so a review submitted Friday 16:00 and approved Monday 10:00 took 0.75 weekdays. 0 when
 * `to` is not after `from`. One weekday matches the model's 8-hour working day.
 */
export function weekdaysBetween(from: string, to: string): number {
	const a = Date.parse(from);
	const b = Date.parse(to);
	if (!(b > a)) return 0;
	let ms = 0;
	for (let day = Math.floor(a / DAY_MS) * DAY_MS; day < b; day += DAY_MS) {
		const utc = parseISO(new Date(day).toISOString().slice(0, 10));
		if (isWeekend(utc)) continue;
		ms += Math.min(b, day + DAY_MS) - Math.max(a, day);
	}
	return ms / DAY_MS;
}

/** The mean of `values`, or null when there are none. */
export const meanOf = (values: readonly number[]): number | null =>
	values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;

/** Calendar dates from `start` to `end` inclusive that are weekdays. */
export function weekdaysOf(start: string, end: string): string[] {
	const out: string[] = [];
	for (let d = parseISO(start); d <= parseISO(end); d = addDays(d, 1))
		if (!isWeekend(d)) out.push(format(d, 'yyyy-MM-dd'));
	return out;
}
