import { randomExponential, randomLcg, randomLogNormal, randomUniform } from 'd3';
import type { Effort } from '../catalogue/effort';

/** z such that P(Z ≤ z) = 0.9 for a standard normal Z: turns a p90 into a lognormal sigma. */
const Z90 = 1.2815515655446004;

/** A seeded source of uniform numbers in [0, 1), as d3-random's `randomLcg` returns. */
export type Rng = () => number;

/** A seeded generator: the same seed always gives the same sequence. */
export function createRng(seed: number): Rng {
	return randomLcg(seed);
}

/**
 * The 32-bit seed (an unsigned integer) of stream or replication `index` of a run seeded
 * `seed`: a splitmix-style mix, so that neighbouring indices get unrelated streams.
 */
export function replicationHash(seed: number, index: number): number {
	let h = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
	h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
	return (h ^ (h >>> 16)) >>> 0;
}

/** replicationHash as a number in [0, 1), the seed `randomLcg` takes. */
export function replicationSeed(seed: number, index: number): number {
	return replicationHash(seed, index) / 4294967296;
}

/** Exponential inter-arrival or service times with mean `meanHours` hours, drawn from `rng`. */
export function exponentialSampler(meanHours: number, rng: Rng): () => number {
	return randomExponential.source(rng)(1 / meanHours);
}

/**
 * A sampler of effort in hours per unit for one distribution, drawing from `rng`. Build it once
 * and call it per item: d3's samplers are set up once per parameter set.
 * - lognormal: mu = ln(median), sigma = ln(p90 / median) / 1.2816;
 * - triangular: inverse CDF of one uniform draw.
 */
export function effortSampler(effort: Effort, rng: Rng): () => number {
	switch (effort.kind) {
		case 'fixed': {
			const h = effort.hours;
			return () => h;
		}
		case 'exponential':
			return exponentialSampler(effort.meanHours, rng);
		case 'lognormal': {
			const mu = Math.log(effort.medianHours);
			const sigma = Math.log(effort.p90Hours / effort.medianHours) / Z90;
			return randomLogNormal.source(rng)(mu, sigma);
		}
		case 'triangular': {
			const { minHours: a, modeHours: c, maxHours: b } = effort;
			const uniform = randomUniform.source(rng)(0, 1);
			const split = (c - a) / (b - a);
			return () => {
				const u = uniform();
				return u < split
					? a + Math.sqrt(u * (b - a) * (c - a))
					: b - Math.sqrt((1 - u) * (b - a) * (b - c));
			};
		}
	}
}

/** One draw of effort in hours per unit (convenience; the engine builds samplers once). */
export function sampleEffort(effort: Effort, rng: Rng): number {
	return effortSampler(effort, rng)();
}
