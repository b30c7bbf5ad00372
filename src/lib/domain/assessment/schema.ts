import { z } from 'zod';
import { areaSchema } from '../catalogue/schema';
import { numberError } from './profile';

export { profileSchema, type Profile } from './profile';

/** Contracted hours per week of fractional support for one area (0–80). */
export const supportSchema = z.strictObject({
	area: areaSchema,
	hoursPerWeek: z
		.number({ error: numberError(false) })
		.min(0, 'must be at least 0')
		.max(80, 'must be at most 80')
});
export type Support = z.infer<typeof supportSchema>;

/**
 * Options of an assessment. `targetRatio` (sustainable demand/capacity ratio the remedies aim
 * for) and `protectedPlanningHoursPerWeek` override models/assessment.json (0.85 and 4 h/week);
 * `support` adds fractional seats by area (contracted hours/week).
 */
export const optionsSchema = z.strictObject({
	targetRatio: z
		.number({ error: numberError(false) })
		.min(0.5, 'must be at least 0.5')
		.max(1, 'must be at most 1')
		.optional(),
	protectedPlanningHoursPerWeek: z
		.number({ error: numberError(false) })
		.min(0, 'must be at least 0')
		.max(40, 'must be at most 40')
		.optional(),
	support: z
		.array(supportSchema)
		.max(20)
		.default([])
		.refine((s) => new Set(s.map((x) => x.area)).size === s.length, 'names an area twice')
});
export type Options = z.infer<typeof optionsSchema>;
export type OptionsInput = z.input<typeof optionsSchema>;
