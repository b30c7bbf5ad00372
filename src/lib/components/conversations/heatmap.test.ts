import { describe, expect, it } from 'vitest';
import { cadence } from '$lib/domain/conversations/cadence';
import { onDates } from '$lib/domain/conversations/testing';
import { BELOW_TARGET, heatLayout, NO_CONVERSATIONS, OPEN_WEEK } from './heatmap';

const today = '2026-11-18'; // 2026-W47
const weeksOf = (dates: string[], target = 1) =>
	cadence(onDates(dates), { today, weeks: 4, target }).weeks;

describe('heatLayout', () => {
	it('places one column per week and one row per marketer, oldest week first', () => {
		const layout = heatLayout(
			[
				{ id: 'ana', name: 'Ana', weeks: weeksOf(['2026-11-16']) },
				{ id: 'ben', name: 'Ben', weeks: weeksOf([]) }
			],
			'2026-W47'
		);
		expect(layout.columns.map((c) => c.week)).toEqual([
			'2026-W44',
			'2026-W45',
			'2026-W46',
			'2026-W47'
		]);
		expect(layout.columns.at(-1)!.current).toBe(true);
		expect(layout.rows.map((r) => r.id)).toEqual(['ana', 'ben']);
		expect(layout.rows[1]!.y).toBeGreaterThan(layout.rows[0]!.y);
		const xs = layout.columns.map((c) => c.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(xs[0]).toBeGreaterThanOrEqual(layout.label);
	});

	it('shades missed, below-target, open and met weeks differently', () => {
		const [row] = heatLayout(
			[{ id: 'ana', name: 'Ana', weeks: weeksOf(['2026-11-03', '2026-11-10', '2026-11-10'], 2) }],
			'2026-W47'
		).rows;
		const fills = row!.cells.map((c) => c.fill);
		expect(fills[0]).toBe(NO_CONVERSATIONS); // W44: none
		expect(fills[1]).toBe(BELOW_TARGET); // W45: 1 of 2
		expect(fills[2]).toMatch(/^rgb/); // W46: 2 of 2, green
		expect(fills[3]).toBe(OPEN_WEEK); // W47: this week, not yet met
	});

	it('copes with no rows', () => {
		expect(heatLayout([], '2026-W47')).toMatchObject({ columns: [], rows: [] });
	});
});
