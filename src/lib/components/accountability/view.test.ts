import { describe, expect, it } from 'vitest';
import { mapOf, starterDesign } from '$lib/domain/accountability/testing';
import { applyOverrides } from '$lib/domain/accountability/overrides';
import {
	cellsSetByHand,
	move,
	moveAccountable,
	resetCell,
	setCell,
	visibleRows,
	visibleSeats
} from './view';

const map = mapOf(starterDesign('two-tower'));

describe('matrix view', () => {
	it('shows an audience’s rows with the shared cross-audience rows', () => {
		const rows = visibleRows(map, { audienceId: 'procurement', phase: '', allSeats: false });
		expect(new Set(rows.map((r) => r.audienceId))).toEqual(new Set(['procurement', null]));
		const strategy = visibleRows(map, {
			audienceId: 'procurement',
			phase: 'strategy',
			allSeats: false
		});
		expect(strategy.every((r) => r.phase === 'strategy')).toBe(true);
		const seats = visibleSeats(map, strategy, false).map((s) => s.id);
		expect(seats).toContain('gtm-procurement');
		expect(seats).not.toContain('gtm-enterprise');
		expect(visibleSeats(map, strategy, true)).toHaveLength(map.seats.length);
	});

	it.each([
		['ArrowDown', { row: 1, col: 0 }],
		['ArrowLeft', { row: 0, col: 0 }],
		['End', { row: 0, col: 4 }],
		['PageDown', { row: 9, col: 0 }],
		['x', null]
	])('moves with %s and stays inside the grid', (key, to) => {
		expect(move({ row: 0, col: 0 }, key, 10, 5)).toEqual(to);
	});

	it('moves the A to another seat in one set of overrides the domain accepts', () => {
		const row = map.rows.find((r) => r.key === 'blog-post-draft@procurement')!;
		const overrides = moveAccountable([], row, 'content-custodian');
		const applied = applyOverrides(map, overrides).rows.find((r) => r.key === row.key)!;
		expect(
			applied.cells.filter((c) => c.role === 'A' || c.role === 'A/R').map((c) => c.seatId)
		).toEqual(['content-custodian']);
		expect(applied.cells.find((c) => c.seatId === 'gtm-procurement')?.role).toBe('R');
	});

	it('replaces and resets one cell’s override', () => {
		const row = map.rows[0]!;
		const once = setCell([], row, 'cmo', { role: 'I' });
		const twice = setCell(once, row, 'cmo', { role: 'C', timing: 'start' });
		expect(twice).toEqual([
			{
				activityId: row.activityId,
				audienceId: row.audienceId,
				seatId: 'cmo',
				role: 'C',
				timing: 'start'
			}
		]);
		expect(resetCell(twice, row, 'cmo')).toEqual([]);
	});

	it('marks a cell emptied by hand, which has no cell left to carry the mark', () => {
		const row = map.rows.find((r) => r.key === 'positioning@procurement')!;
		const emptied = setCell([], row, 'gtm-procurement', { role: null });
		const applied = applyOverrides(map, emptied);
		const after = applied.rows.find((r) => r.key === row.key)!;
		expect(after.cells.find((c) => c.seatId === 'gtm-procurement')).toBeUndefined();
		expect(cellsSetByHand(emptied)).toEqual(new Set(['positioning@procurement/gtm-procurement']));
	});
});
