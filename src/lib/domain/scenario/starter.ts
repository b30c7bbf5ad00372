import { z } from 'zod';
import { designSchema, text, type Design } from './schema';

/** The reference org models a workspace can start from, in the order they are offered. */
export const starterIds = [
	'solo-coordinator',
	'legacy-functional',
	'two-tower',
	'two-tower-lean',
	'lean-agency'
] as const;
export const starterIdSchema = z.enum(starterIds);
export type StarterId = z.infer<typeof starterIdSchema>;

/** Where a default in the model comes from; an assumption says so and gives its reasoning. */
export const sourceNoteSchema = z.strictObject({
	figure: text(200),
	source: text(1000)
});
export type SourceNote = z.infer<typeof sourceNoteSchema>;

/** A starter file under models/starters/: an org design plus the sources of its defaults. */
export const starterSchema = z.strictObject({
	id: starterIdSchema,
	label: text(80),
	/** One or two sentences in our own words. */
	summary: text(400),
	sources: z.array(sourceNoteSchema).min(1, 'name the source of every default used').max(50),
	design: designSchema
});
export type Starter = z.infer<typeof starterSchema>;
export type StarterInput = z.input<typeof starterSchema>;

/** A blank scenario: one head-of-marketing seat to build under (a scenario needs one root). */
export function blankDesign(name = 'New scenario'): Design {
	return designSchema.parse({
		name,
		structure: 'custom',
		seats: [
			{
				id: 'head-of-marketing',
				title: 'Head of marketing',
				kind: 'cmo',
				managerId: null,
				open: true
			}
		]
	});
}
