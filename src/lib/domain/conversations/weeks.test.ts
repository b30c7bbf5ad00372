import { describe, expect, it } from 'vitest';
import {
	addIsoWeeks,
	calendarDateOf,
	isCalendarDate,
	isIsoWeek,
	isoWeekOf,
	isoWeeksBetween,
	weekStart
} from './weeks';

describe('isoWeekOf', () => {
	it.each([
		['2026-11-16', '2026-W47'],
		['2026-11-22', '2026-W47'],
		['2025-12-29', '2026-W01'],
		['2026-01-01', '2026-W01'],
		['2026-12-27', '2026-W52'],
		['2026-12-28', '2026-W53'],
		['2026-12-31', '2026-W53'],
		['2027-01-03', '2026-W53'],
		['2027-01-04', '2027-W01'],
		['2021-01-03', '2020-W53'],
		['2024-12-30', '2025-W01']
	])('%s is in %s', (date, week) => {
		expect(isoWeekOf(date)).toBe(week);
	});
});

describe('weekStart', () => {
	it.each([
		['2026-W47', '2026-11-16'],
		['2026-W01', '2025-12-29'],
		['2026-W53', '2026-12-28'],
		['2027-W01', '2027-01-04']
	])('%s starts on Monday %s', (week, monday) => {
		expect(weekStart(week)).toBe(monday);
	});
});

describe('addIsoWeeks and isoWeeksBetween', () => {
	it.each([
		['2026-W52', 1, '2026-W53'],
		['2026-W53', 1, '2027-W01'],
		['2027-W01', -1, '2026-W53'],
		['2027-W52', 1, '2028-W01'],
		['2026-W47', -13, '2026-W34'],
		['2026-W50', 6, '2027-W03']
	])('%s + %i weeks is %s', (week, count, expected) => {
		expect(addIsoWeeks(week, count)).toBe(expected);
		expect(isoWeeksBetween(week, expected)).toBe(count);
	});
});

describe('validity', () => {
	it.each([
		['2026-W53', true],
		['2027-W53', false],
		['2020-W53', true],
		['2026-W00', false],
		['2026-W1', false],
		['2026W47', false]
	])('isIsoWeek(%s) is %s', (week, valid) => {
		expect(isIsoWeek(week)).toBe(valid);
	});

	it.each([
		['2026-11-16', true],
		['2024-02-29', true],
		['2026-02-29', false],
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-1-01', false],
		['2026-11-16T00:00:00Z', false],
		['', false]
	])('isCalendarDate(%s) is %s', (date, valid) => {
		expect(isCalendarDate(date)).toBe(valid);
	});
});

describe('calendarDateOf', () => {
	it('takes the UTC date of an instant', () => {
		expect(calendarDateOf(new Date('2026-12-31T23:30:00-05:00'))).toBe('2027-01-01');
		expect(calendarDateOf(new Date('2027-01-04T00:00:00Z'))).toBe('2027-01-04');
	});
});
