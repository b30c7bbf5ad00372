import { addWeeks, differenceInCalendarISOWeeks, format, isValid, parse, parseISO } from 'date-fns';

/** A calendar date `YYYY-MM-DD` with no time of day and no time zone. */
export type CalendarDate = string;

/** An ISO 8601 week `YYYY-Www` such as `2026-W53`; as text, weeks sort in time order. */
export type IsoWeek = string;

// date-fns reads and writes these in local time; a calendar date only passes through a local
// midnight and back, so every result is the same in every time zone.
const DAY = 'yyyy-MM-dd';
const WEEK = "RRRR-'W'II";
const anchor = new Date(2000, 0, 1);

/** True for a real date written `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = parseISO(value);
	return isValid(date) && format(date, DAY) === value;
}

/** True for a week that exists: `2026-W53` is, `2027-W53` is not (2027 has 52 ISO weeks). */
export function isIsoWeek(value: string): boolean {
	if (!/^\d{4}-W\d{2}$/.test(value)) return false;
	const monday = parse(value, WEEK, anchor);
	return isValid(monday) && format(monday, WEEK) === value;
}

/** The ISO week a date falls in: `2027-01-03` is in `2026-W53`. */
export function isoWeekOf(date: CalendarDate): IsoWeek {
	return format(parseISO(date), WEEK);
}

/** The Monday that starts an ISO week, as a calendar date. */
export function weekStart(week: IsoWeek): CalendarDate {
	return format(parse(week, WEEK, anchor), DAY);
}

/** The week `count` weeks after `week` (before it when negative). */
export function addIsoWeeks(week: IsoWeek, count: number): IsoWeek {
	return format(addWeeks(parse(week, WEEK, anchor), count), WEEK);
}

/** Whole weeks from `from` to `to`: 1 from `2026-W53` to `2027-W01`; negative when `to` is earlier. */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): number {
	return differenceInCalendarISOWeeks(parse(to, WEEK, anchor), parse(from, WEEK, anchor));
}

/** The UTC calendar date of an instant: the app's "today" for conversations. */
export function calendarDateOf(instant: Date): CalendarDate {
	return instant.toISOString().slice(0, 10);
}
