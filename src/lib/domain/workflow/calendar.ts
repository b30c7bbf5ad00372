import {
	addBusinessDays,
	differenceInBusinessDays,
	endOfISOWeek,
	format,
	isWeekend,
	parseISO,
	startOfISOWeek
} from 'date-fns';
import type { CalendarDate } from '../conversations/weeks';

export type { CalendarDate } from '../conversations/weeks';

// Calendar dates pass through a local midnight and back (as in conversations/weeks.ts), so the
// results are the same in every time zone.
const DAY = 'yyyy-MM-dd';
const day = (d: Date) => format(d, DAY);

/** `date` moved by `days` working days (Monday to Friday); a weekend date first rolls forward. */
export function addWorkingDays(date: CalendarDate, days: number): CalendarDate {
	return day(addBusinessDays(parseISO(workingDayOnOrAfter(date)), days));
}

/** The date itself on a working day, else the Monday after. */
export function workingDayOnOrAfter(date: CalendarDate): CalendarDate {
	let d = parseISO(date);
	while (isWeekend(d)) d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
	return day(d);
}

/** The date itself on a working day, else the Friday before. */
export function workingDayOnOrBefore(date: CalendarDate): CalendarDate {
	let d = parseISO(date);
	while (isWeekend(d)) d = new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1);
	return day(d);
}

/** Working days from `from` to `to` (negative when `to` is earlier); weekends do not count. */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
	return differenceInBusinessDays(parseISO(to), parseISO(from));
}

/** The Monday and Sunday of the ISO week holding `date`. */
export function weekOf(date: CalendarDate): { start: CalendarDate; end: CalendarDate } {
	const d = parseISO(date);
	return { start: day(startOfISOWeek(d)), end: day(endOfISOWeek(d)) };
}

/** A date as people say it in a message: "Tue 8 Dec". */
export const spoken = (date: CalendarDate) => format(parseISO(date), 'EEE d MMM');

/** "1 business day", "3 business days". */
export const businessDays = (n: number) => `${n} business day${n === 1 ? '' : 's'}`;
