import { addDays, addWeeks, formatISO, startOfISOWeek } from 'date-fns';
import { QUARTER_WEEKS, type Quarter } from './schema';

const localDay = (year: number, month: number, day: number) => new Date(year, month, day);

/** The quarter `at` falls in (local calendar), written `2027-Q1`. */
export function quarterOf(at: Date): Quarter {
	return `${at.getFullYear()}-Q${Math.floor(at.getMonth() / 3) + 1}`;
}

/** The quarter `n` quarters after `quarter` (n may be negative). */
export function shiftQuarter(quarter: Quarter, n: number): Quarter {
	const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
	const index = year * 4 + (q - 1) + n;
	return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * The Monday that starts week 1 of `quarter`: the Monday of the ISO week holding the quarter's
 * first day, so every roadmap week is a Monday-to-Sunday week (13 weeks ≈ 91 calendar days).
 */
export function quarterStart(quarter: Quarter): Date {
	const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
	return startOfISOWeek(localDay(year, (q - 1) * 3, 1));
}

/** The first day (Monday) of roadmap week `week` (1–13) of `quarter`. */
export const weekStart = (quarter: Quarter, week: number): Date =>
	addWeeks(quarterStart(quarter), week - 1);

/** The last day (Sunday) of roadmap week `week` of `quarter`. */
export const weekEnd = (quarter: Quarter, week: number): Date =>
	addDays(weekStart(quarter, week), 6);

/** A date as YYYY-MM-DD. */
export const isoDate = (d: Date) => formatISO(d, { representation: 'date' });

/** Whether the whole of `quarter` (its week 13) is over at `now`. */
export const quarterPassed = (quarter: Quarter, now: Date) =>
	now.getTime() > addDays(weekEnd(quarter, QUARTER_WEEKS), 1).getTime();
