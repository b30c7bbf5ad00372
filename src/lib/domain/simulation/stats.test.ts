import { quantileSorted } from 'd3';
import { describe, expect, it } from 'vitest';
import { createRng } from './random';
import { leadTimeOf } from './stats';

describe('leadTimeOf', () => {
	it('gives the mean and the R-7 percentiles of d3.quantile for any size', () => {
		const rng = createRng(0.5);
		for (const n of [1, 2, 3, 5, 10, 19, 20, 21, 100, 101, 999]) {
			// Ties included: rounded values repeat.
			const values = Array.from({ length: n }, () => Math.round(rng() * 50) / 2);
			const sorted = [...values].sort((x, y) => x - y);
			const got = leadTimeOf(values);
			expect(got.meanHours).toBeCloseTo(values.reduce((s, v) => s + v, 0) / n, 9);
			expect(got.p50Hours).toBeCloseTo(quantileSorted(sorted, 0.5)!, 9);
			expect(got.p85Hours).toBeCloseTo(quantileSorted(sorted, 0.85)!, 9);
			expect(got.p95Hours).toBeCloseTo(quantileSorted(sorted, 0.95)!, 9);
		}
	});

	it('leaves the caller’s lead times as they were and gives zeros when there are none', () => {
		const values = [5, 1, 3];
		leadTimeOf(values);
		expect(values).toEqual([5, 1, 3]);
		expect(leadTimeOf([])).toEqual({ meanHours: 0, p50Hours: 0, p85Hours: 0, p95Hours: 0 });
	});
});
