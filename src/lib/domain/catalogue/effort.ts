import { z } from 'zod';

/** Hours for one unit of work: above 0, at most 2,000 (a year of full-time weeks). */
const hours = z.number().gt(0, 'must be above 0 hours').max(2000, 'must be at most 2000 hours');

/** Every unit takes exactly `hours` hours. */
export const fixedEffortSchema = z.strictObject({ kind: z.literal('fixed'), hours });

/** Memoryless effort with mean `meanHours` hours per unit (the M in M/M/1). */
export const exponentialEffortSchema = z.strictObject({
	kind: z.literal('exponential'),
	meanHours: hours
});

/**
 * Right-skewed effort: half the units take at most `medianHours`, nine in ten at most `p90Hours`
 * (hours per unit). p90 must be above the median, or the spread would be zero or negative.
 */
export const lognormalEffortSchema = z
	.strictObject({ kind: z.literal('lognormal'), medianHours: hours, p90Hours: hours })
	.refine((d) => d.p90Hours > d.medianHours, {
		path: ['p90Hours'],
		message: 'must be above medianHours'
	});

/** Bounded effort between `minHours` and `maxHours`, most often `modeHours` (hours per unit). */
export const triangularEffortSchema = z
	.strictObject({
		kind: z.literal('triangular'),
		minHours: z.number().min(0, 'must be at least 0 hours').max(2000),
		modeHours: hours,
		maxHours: hours
	})
	.refine((d) => d.minHours <= d.modeHours, {
		path: ['modeHours'],
		message: 'must be at least minHours'
	})
	.refine((d) => d.modeHours <= d.maxHours && d.minHours < d.maxHours, {
		path: ['maxHours'],
		message: 'must be at least modeHours and above minHours'
	});

/** Effort per unit of an activity, in hours, as a distribution the simulation samples from. */
export const effortSchema = z.discriminatedUnion(
	'kind',
	[fixedEffortSchema, exponentialEffortSchema, lognormalEffortSchema, triangularEffortSchema],
	{ error: 'expected kind "fixed", "exponential", "lognormal" or "triangular"' }
);
export type Effort = z.infer<typeof effortSchema>;

const Z90 = 1.2815515655446004;

/** The mean of an effort distribution, in hours per unit (for capacity sums). */
export function meanHours(effort: Effort): number {
	switch (effort.kind) {
		case 'fixed':
			return effort.hours;
		case 'exponential':
			return effort.meanHours;
		case 'lognormal': {
			const sigma = Math.log(effort.p90Hours / effort.medianHours) / Z90;
			return effort.medianHours * Math.exp((sigma * sigma) / 2);
		}
		case 'triangular':
			return (effort.minHours + effort.modeHours + effort.maxHours) / 3;
	}
}
