import { describe, expect, it } from 'vitest';
import { assess } from '$lib/domain/assessment/report';
import { activities, defaults, profile } from '$lib/domain/assessment/testing';
import { chartRows, layoutChart, ROW } from './chart';

const report = assess(profile({ channels: 6, campaignsPerQuarter: 5 }), [], activities, defaults);

describe('the demand vs capacity chart', () => {
	it('has a row per area with demand, the largest demand first', () => {
		const rows = chartRows(report);
		const withDemand = report.areas.filter((a) => a.demandHoursPerWeek > 0);
		expect(rows.map((r) => r.key).sort()).toEqual(withDemand.map((a) => a.area).sort());
		const demands = rows.map((r) => r.demand);
		expect(demands).toEqual([...demands].sort((a, b) => b - a));
	});

	it('draws demand and capacity on one scale from the label edge, bars inside the plot', () => {
		const rows = chartRows(report);
		const layout = layoutChart(rows, 800, 200);
		expect(layout.left).toBe(208);
		expect(layout.ticks[0]).toEqual({ value: 0, x: 208 });
		for (const b of layout.bars) {
			expect(b.demandWidth).toBeGreaterThanOrEqual(0);
			expect(layout.left + b.demandWidth).toBeLessThanOrEqual(layout.right + 1e-9);
			expect(b.capacityWidth / b.demandWidth).toBeCloseTo(b.capacity / b.demand, 6);
		}
		expect(layout.bars.map((b) => b.y)).toEqual(
			[...layout.bars.map((b) => b.y)].sort((a, b) => a - b)
		);
		expect(layout.height).toBe(rows.length * ROW + 24);
	});

	it('keeps a usable scale when nothing is asked', () => {
		const layout = layoutChart([], 600, 150);
		expect(layout.bars).toEqual([]);
		expect(layout.ticks.length).toBeGreaterThan(1);
	});
});
