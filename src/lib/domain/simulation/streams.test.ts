import { describe, expect, it } from 'vitest';
import type { Effort } from '../catalogue/effort';
import { createRng, effortSampler, exponentialSampler, replicationSeed } from './random';
import { Streams } from './streams';

const efforts: Effort[] = [
	{ kind: 'lognormal', medianHours: 3, p90Hours: 9 },
	{ kind: 'triangular', minHours: 1, modeHours: 2, maxHours: 6 },
	{ kind: 'exponential', meanHours: 4 },
	{ kind: 'fixed', hours: 2.5 }
];

describe('Streams', () => {
	it('draws number for number what d3-random draws from the same seeds', () => {
		const streams = new Streams([
			{ meanGap: 10, poisson: true, efforts },
			{ meanGap: 5, poisson: false, efforts: efforts.slice(0, 1) }
		]);
		for (const seed of [1, 4_000_000_000]) {
			streams.reset(seed);
			const rng = (k: number) => createRng(replicationSeed(seed, k));
			const gap = exponentialSampler(10, rng(0));
			const work = efforts.map((e, j) => effortSampler(e, rng(1 + 2 * j)));
			const decide = rng(2);
			const other = effortSampler(efforts[0]!, rng(10));
			// Interleaved as a run would: the streams must not disturb one another.
			for (let i = 0; i < 50; i++) {
				expect(streams.gap(0)).toBe(gap());
				work.forEach((draw, j) => expect(streams.effort(0, j)).toBe(draw()));
				expect(streams.decide(0, 0)).toBe(decide());
				expect(streams.gap(1)).toBe(5);
				expect(streams.effort(1, 0)).toBe(other());
			}
		}
	});

	it('starts every stream afresh in a new replication', () => {
		const streams = new Streams([{ meanGap: 1, poisson: true, efforts: efforts.slice(0, 1) }]);
		streams.reset(7);
		const first = [streams.gap(0), streams.effort(0, 0), streams.effort(0, 0)];
		streams.reset(8);
		streams.effort(0, 0); // leaves a spare normal behind, which the next replication must drop
		streams.reset(7);
		expect([streams.gap(0), streams.effort(0, 0), streams.effort(0, 0)]).toEqual(first);
	});
});
