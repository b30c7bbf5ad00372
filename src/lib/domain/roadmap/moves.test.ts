import { describe, expect, it } from 'vitest';
import { layoutRoadmap, lanesOf } from './layout';
import { movedWeeks } from './moves';
import { initiative } from './testing';

describe('movedWeeks', () => {
	const i = { startWeek: 3, endWeek: 5 };
	it.each([
		[{ kind: 'move', by: 2 }, 5, 7],
		[{ kind: 'move', by: 20 }, 11, 13],
		[{ kind: 'move', by: -9 }, 1, 3],
		[{ kind: 'resize-end', by: 4 }, 3, 9],
		[{ kind: 'resize-end', by: -5 }, 3, 3],
		[{ kind: 'resize-start', by: 5 }, 5, 5],
		[{ kind: 'set', startWeek: 8, endWeek: 2 }, 8, 8]
	] as const)('%o gives weeks %i–%i, inside the quarter', (move, start, end) => {
		expect(movedWeeks(i, move)).toEqual({ startWeek: start, endWeek: end });
	});
});

describe('layoutRoadmap', () => {
	it('puts overlapping initiatives of a lane on separate rows and maps weeks to pixels', () => {
		const lanes = lanesOf([{ id: 'enterprise', name: 'Enterprise' }]);
		const plan = [
			initiative({ id: 'a', startWeek: 1, endWeek: 4 }),
			initiative({ id: 'b', startWeek: 3, endWeek: 6 }),
			initiative({ id: 'c', startWeek: 5, endWeek: 7 }),
			initiative({ id: 'x', audienceId: null })
		];
		const layout = layoutRoadmap(lanes, plan, {
			width: 1340,
			labelWidth: 40,
			rowHeight: 30,
			lanePadding: 5
		});
		expect(layout.weekWidth).toBe(100);
		const [enterprise, cross] = layout.lanes;
		expect(enterprise!.bars.map((b) => [b.id, b.row, b.x, b.width])).toEqual([
			['a', 0, 40, 400],
			['b', 1, 240, 400],
			['c', 0, 440, 300]
		]);
		expect(enterprise!.height).toBe(70);
		expect(cross!.y).toBe(70);
		expect(cross!.bars).toHaveLength(1);
	});
});
