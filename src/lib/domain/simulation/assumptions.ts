import { z } from 'zod';
import { sourceGrades } from '../catalogue/schema';
import { text } from '../scenario/schema';

/**
 * The assumptions of a simulation run that a CMO may question, each a number with a unit. They
 * are the ones the sensitivity analysis moves by ±25%.
 */
export const assumptionKeys = [
	'handoffHours',
	'reviewHours',
	'reviewLatencyHours',
	'reworkProbabilityEnd',
	'reworkProbabilityStart',
	'reworkShare',
	'aiReviewShare',
	'volumeScale',
	'effortScale',
	'focusScale'
] as const;
export type AssumptionKey = (typeof assumptionKeys)[number];

const hours = (max: number) =>
	z.number().min(0, 'must be at least 0 hours').max(max, `must be at most ${max} hours`);
const probability = z.number().min(0, 'must be at least 0').max(0.95, 'must be at most 0.95');
const scale = z.number().min(0.1, 'must be at least 0.1').max(10, 'must be at most 10');

/** Bounds of every assumption; the input format and the defaults file share them. */
export const assumptionShape = {
	/** Transfer effort per hand-off, hours of work charged to the sender and to the receiver. */
	handoffHours: hours(40),
	/** Effort of one review round, hours of the reviewer's work. */
	reviewHours: hours(80),
	/** Calendar wait before a reviewer picks up a round, working hours (no one is busy). */
	reviewLatencyHours: hours(400),
	/** Chance a review round sends the work back when the reviewer sees it only at the end, 0–0.95. */
	reworkProbabilityEnd: probability,
	/** Chance of rework when the reviewer shaped the work at the start, 0–0.95. */
	reworkProbabilityStart: probability,
	/** Share of the reviewed step's effort redone in one rework round, 0–1. */
	reworkShare: z.number().min(0, 'must be at least 0').max(1, 'must be at most 1'),
	/** Human review hours per hour of work AI absorbed, 0–1. */
	aiReviewShare: z.number().min(0, 'must be at least 0').max(1, 'must be at most 1'),
	/** Multiplier on every template's volume per audience per quarter. */
	volumeScale: scale,
	/** Multiplier on every activity's effort. */
	effortScale: scale,
	/** Multiplier on every seat's focus factor (capped at 1). */
	focusScale: scale
} satisfies Record<AssumptionKey, z.ZodNumber>;

export const assumptionsSchema = z.strictObject(assumptionShape);
export type Assumptions = z.infer<typeof assumptionsSchema>;

/** One default in models/simulation.json: its value, unit, label and where it comes from. */
const defaultEntry = <T extends z.ZodNumber>(value: T) =>
	z.strictObject({
		value,
		unit: text(40),
		label: text(80),
		source: z.strictObject({ note: text(600), grade: z.enum(sourceGrades) })
	});

/** models/simulation.json: the default of every assumption with its source. */
export const assumptionDefaultsSchema = z.strictObject({
	version: z.literal(1, 'expected version 1'),
	/** Review rounds after which work is accepted as it stands. */
	maxReviewRounds: z.int().min(1, 'must be at least 1').max(10, 'must be at most 10'),
	assumptions: z.strictObject(
		Object.fromEntries(assumptionKeys.map((k) => [k, defaultEntry(assumptionShape[k])])) as {
			[K in AssumptionKey]: ReturnType<typeof defaultEntry<(typeof assumptionShape)[K]>>;
		}
	)
});
export type AssumptionDefaults = z.infer<typeof assumptionDefaultsSchema>;

/** The default values alone. */
export const defaultValues = (d: AssumptionDefaults): Assumptions =>
	Object.fromEntries(assumptionKeys.map((k) => [k, d.assumptions[k].value])) as Assumptions;
