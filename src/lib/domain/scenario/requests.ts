import { z } from 'zod';
import { starterIdSchema, starterIds } from './starter';
import { designSchema, scenarioSchema } from './schema';

/** POST /api/v1/scenarios { from, name? }: a copy of a starter model. */
export const fromStarterSchema = z.strictObject({
	from: z.enum(starterIds, { error: `expected one of ${starterIds.join(', ')}` }),
	name: z.string().trim().min(1, 'must not be empty').max(120).optional()
});
export { starterIdSchema };

/**
 * A scenario as a client sends it: the design, plus any of the stored fields an export carries
 * (id, status, author …), which are accepted and ignored; other fields are refused.
 */
export const scenarioBodySchema = designSchema.extend(
	scenarioSchema
		.pick({
			id: true,
			status: true,
			visibility: true,
			authorId: true,
			version: true,
			createdAt: true,
			updatedAt: true
		})
		.partial().shape
);

/** POST /api/v1/scenarios { scenario }: an imported design. */
export const importScenarioSchema = z.strictObject({ scenario: scenarioBodySchema });

/** PUT /api/v1/scenarios/:id: the whole scenario with the version it was read at. */
export const updateScenarioSchema = scenarioBodySchema.extend({ version: z.number().int().min(1) });

/** POST /api/v1/scenarios/:id/publish { note }: why this design becomes current, for the record. */
export const publishSchema = z.strictObject({
	note: z.string().trim().max(500, 'must be at most 500 characters').default('')
});
