import { describe, expect, it } from 'vitest';
import { cadence, cadenceWeeksSchema } from './cadence';
import { conversation, onDates } from './testing';

/** Wednesday of ISO week 2027-W02. */
const jan13 = '2027-01-13';

describe('cadence across the 2026 → 2027 boundary and 2026-W53', () => {
	const dates = ['2026-12-14', '2026-12-21', '2026-12-30', '2027-01-05', '2027-01-12'];

	it('counts a streak through W52, W53 and W01', () => {
		const result = cadence(onDates(dates), { today: jan13 });
		expect(result).toMatchObject({ target: 1, currentStreak: 5, longestStreak: 5 });
		expect(result.thisWeek).toEqual({ week: '2027-W02', count: 1, target: 1, status: 'met' });
	});

	it('shows 13 weeks ending this week, oldest first, with W53 starting on 2026-12-28', () => {
		const { weeks } = cadence(onDates(dates), { today: jan13 });
		expect(weeks).toHaveLength(13);
		expect(weeks[0]).toEqual({
			week: '2026-W43',
			start: '2026-10-19',
			count: 0,
			target: 1,
			met: false
		});
		expect(weeks.slice(-3)).toEqual([
			{ week: '2026-W53', start: '2026-12-28', count: 1, target: 1, met: true },
			{ week: '2027-W01', start: '2027-01-04', count: 1, target: 1, met: true },
			{ week: '2027-W02', start: '2027-01-11', count: 1, target: 1, met: true }
		]);
	});

	it('puts 2027-01-03 (a Sunday) in 2026-W53, not in 2027-W01', () => {
		const result = cadence(onDates(['2027-01-03']), { today: '2027-01-04', weeks: 2 });
		expect(result.weeks.map(({ week, count }) => [week, count])).toEqual([
			['2026-W53', 1],
			['2027-W01', 0]
		]);
		expect(result.thisWeek.status).toBe('at-risk');
	});

	it('links 2020-W53 to 2021-W01', () => {
		const result = cadence(onDates(['2020-12-22', '2020-12-29', '2021-01-04']), {
			today: '2021-01-05'
		});
		expect(result).toMatchObject({ currentStreak: 3, longestStreak: 3 });
	});
});

describe('this week and the current streak', () => {
	it.each<[string, string[], string, number]>([
		['met this week', ['2026-11-09', '2026-11-16'], 'met', 2],
		['not yet met, last week met', ['2026-11-02', '2026-11-09'], 'at-risk', 2],
		['not yet met, last week missed', ['2026-11-02'], 'missed', 0],
		['met this week after a missed week', ['2026-11-02', '2026-11-20'], 'met', 1],
		['nothing ever logged', [], 'missed', 0]
	])('%s', (_, dates, status, currentStreak) => {
		const result = cadence(onDates(dates), { today: '2026-11-21' });
		expect(result.thisWeek.status).toBe(status);
		expect(result.currentStreak).toBe(currentStreak);
	});

	it('keeps the longest streak from history outside the window', () => {
		const spring = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30'];
		const result = cadence(onDates([...spring, '2026-04-06', '2026-11-10', '2026-11-17']), {
			today: '2026-11-21'
		});
		expect(result).toMatchObject({ currentStreak: 2, longestStreak: 6 });
		expect(result.weeks.every((week) => week.week >= '2026-W35')).toBe(true);
	});
});

describe('what counts', () => {
	it('ignores deleted conversations', () => {
		const conversations = [
			conversation({ id: 'a', date: '2026-11-09' }),
			conversation({ id: 'b', date: '2026-11-17', deletedAt: '2026-11-18T08:00:00.000Z' })
		];
		const result = cadence(conversations, { today: '2026-11-21' });
		expect(result.thisWeek).toMatchObject({ count: 0, status: 'at-risk' });
	});

	it('never counts a conversation dated after today, even later this week', () => {
		const result = cadence(onDates(['2026-11-22', '2026-12-01']), { today: '2026-11-21' });
		expect(result.thisWeek).toMatchObject({ week: '2026-W47', count: 0, status: 'missed' });
		expect(result.longestStreak).toBe(0);
	});

	it('filters by marketer and by audience', () => {
		const conversations = [
			conversation({ id: 'a', marketerId: 'ana', audienceId: 'fintech' }),
			conversation({ id: 'b', marketerId: 'ana', audienceId: 'health' }),
			conversation({ id: 'c', marketerId: 'ben', audienceId: 'fintech' })
		];
		const count = (filter: { marketerId?: string; audienceId?: string }) =>
			cadence(conversations, { today: '2026-11-21', ...filter }).thisWeek.count;
		expect(count({})).toBe(3);
		expect(count({ marketerId: 'ana' })).toBe(2);
		expect(count({ audienceId: 'fintech' })).toBe(2);
		expect(count({ marketerId: 'ana', audienceId: 'health' })).toBe(1);
	});
});

describe('targets', () => {
	const weekly = onDates([
		'2026-10-01',
		'2026-10-06',
		'2026-10-13',
		'2026-10-20',
		'2026-10-27',
		'2026-11-03',
		'2026-11-10',
		'2026-11-16',
		'2026-11-18'
	]);

	it('breaks a streak only from the week a raised target applies', () => {
		const result = cadence(weekly, {
			today: '2026-11-21',
			target: [{ from: '2026-W45', target: 2 }]
		});
		const byWeek = Object.fromEntries(result.weeks.map((w) => [w.week, [w.target, w.met]]));
		expect(byWeek).toMatchObject({
			'2026-W43': [1, true],
			'2026-W44': [1, true],
			'2026-W45': [2, false],
			'2026-W46': [2, false],
			'2026-W47': [2, true]
		});
		expect(result).toMatchObject({ target: 2, currentStreak: 1, longestStreak: 5 });
		expect(result.gaps.at(-1)).toEqual({ from: '2026-W45', to: '2026-W46', weeks: 2 });
	});

	it('applies changes in week order and a lowered target restores the streak', () => {
		const result = cadence(weekly, {
			today: '2026-11-21',
			target: [
				{ from: '2026-W46', target: 1 },
				{ from: '2026-W40', target: 3 },
				{ from: '2026-W45', target: 2 },
				{ from: '2026-W45', target: 1 }
			]
		});
		expect(result.weeks.slice(-5).map((w) => w.target)).toEqual([3, 3, 1, 1, 1]);
		expect(result).toMatchObject({ target: 1, currentStreak: 3, longestStreak: 3 });
	});

	it('applies a raised target from 2027-W01 across the year boundary', () => {
		const dates = ['2026-12-21', '2026-12-28', '2027-01-04', '2027-01-11', '2027-01-12'];
		const result = cadence(onDates(dates), {
			today: jan13,
			target: [{ from: '2027-W01', target: 2 }]
		});
		expect(result.weeks.slice(-3).map((w) => [w.week, w.target, w.met])).toEqual([
			['2026-W53', 1, true],
			['2027-W01', 2, false],
			['2027-W02', 2, true]
		]);
		expect(result).toMatchObject({ currentStreak: 1, longestStreak: 2 });
	});

	it('takes one number for every week', () => {
		const result = cadence(weekly, { today: '2026-11-21', target: 2 });
		expect(result).toMatchObject({ target: 2, currentStreak: 1, longestStreak: 1 });
	});
});

describe('gaps', () => {
	it.each<[string, string, string[], { from: string; to: string; weeks: number }[]]>([
		['none when every week is met', '2026-11-21', weeklyDates(13), []],
		[
			'one run before a streak',
			'2026-11-21',
			weeklyDates(3),
			[{ from: '2026-W35', to: '2026-W44', weeks: 10 }]
		],
		[
			'runs split by met weeks, across W53',
			jan13,
			['2026-10-20', '2026-12-30', '2027-01-13'],
			[
				{ from: '2026-W44', to: '2026-W52', weeks: 9 },
				{ from: '2027-W01', to: '2027-W01', weeks: 1 }
			]
		]
	])('%s', (_, today, dates, gaps) => {
		expect(cadence(onDates(dates), { today }).gaps).toEqual(gaps);
	});

	it('leaves this unfinished week out of the gaps', () => {
		const result = cadence(onDates(['2026-11-10']), { today: '2026-11-21', weeks: 3 });
		expect(result.gaps).toEqual([{ from: '2026-W45', to: '2026-W45', weeks: 1 }]);
	});
});

describe('window size', () => {
	it('shows only this week with weeks = 1', () => {
		expect(cadence([], { today: '2026-11-21', weeks: 1 }).weeks.map((w) => w.week)).toEqual([
			'2026-W47'
		]);
	});

	it.each([0, 1.5, 105])('refuses weeks = %s', (weeks) => {
		expect(() => cadence([], { today: '2026-11-21', weeks })).toThrow(RangeError);
	});

	it.each([
		['13', true],
		['104', true],
		['0', false],
		['2.5', false],
		['many', false]
	])('cadenceWeeksSchema reads the query value %s', (value, ok) => {
		expect(cadenceWeeksSchema.safeParse(value).success).toBe(ok);
	});
});

/** One Tuesday a week for `count` weeks, ending in 2026-W47. */
function weeklyDates(count: number): string[] {
	return Array.from({ length: count }, (_, index) => {
		const day = new Date(Date.UTC(2026, 10, 17 - 7 * (count - 1 - index)));
		return day.toISOString().slice(0, 10);
	});
}
