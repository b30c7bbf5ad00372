import { z } from 'zod';
import { MAX_SEATS, craftSchema, idSchema } from '../scenario/schema';

/** Where a person (or an open seat) goes in the two-tower draft; `leave` drops them, by choice. */
export const destinations = [
	'cmo',
	'head-of-gtm',
	'gtm-marketer',
	'craft-custodian',
	'specialist',
	'leave'
] as const;
export const destinationSchema = z.enum(destinations, {
	error: `expected one of ${destinations.join(', ')}`
});
export type Destination = z.infer<typeof destinationSchema>;

export const destinationLabels: Record<Destination, string> = {
	cmo: 'CMO (top of the chart)',
	'head-of-gtm': 'Head of GTM',
	'gtm-marketer': 'GTM marketer',
	'craft-custodian': 'Craft custodian',
	specialist: 'Specialist bench',
	leave: 'Leaves the team'
};

/**
 * One seat of the functional scenario and its place in the draft. A GTM marketer needs the
 * audience they will own; a custodian the craft they will keep (default: the seat's craft).
 */
export const placementSchema = z.strictObject({
	seatId: idSchema,
	to: destinationSchema,
	audienceId: idSchema.optional(),
	craft: craftSchema.optional()
});
export type Placement = z.infer<typeof placementSchema>;

/**
 * The wizard's choices. A field left out takes the wizard's suggestion; a mapping that is given
 * must place every seat of the scenario exactly once.
 */
export const transformChoicesSchema = z.strictObject({
	audiences: z
		.array(idSchema)
		.min(1, 'choose at least one audience')
		.max(500)
		.refine((ids) => new Set(ids).size === ids.length, 'lists an audience more than once')
		.optional(),
	mapping: z.array(placementSchema).max(MAX_SEATS).optional()
});
export type TransformChoices = z.infer<typeof transformChoicesSchema>;

/** The body of `POST /api/v1/scenarios/:id/transform`. */
export const transformRequestSchema = transformChoicesSchema.extend({
	commit: z.boolean({ error: 'expected true (save the draft) or false (preview only)' })
});
export type TransformRequest = z.infer<typeof transformRequestSchema>;
