import { z } from 'zod';
import { profileSchema } from '../assessment/profile';

/** Identifiers are short slugs so they survive CSV, URLs and JSON unchanged. */
export const idSchema = z
	.string()
	.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected 1–64 letters, digits, "-" or "_"');

export const seatKinds = [
	'cmo',
	'head-of-gtm',
	'gtm-marketer',
	'craft-custodian',
	'functional-lead',
	'specialist',
	'coordinator',
	'fractional',
	'agency'
] as const;
export const seatKindSchema = z.enum(seatKinds);
export type SeatKind = z.infer<typeof seatKindSchema>;

export const seatKindLabels: Record<SeatKind, string> = {
	cmo: 'CMO',
	'head-of-gtm': 'Head of GTM',
	'gtm-marketer': 'GTM marketer',
	'craft-custodian': 'Craft custodian',
	'functional-lead': 'Functional lead',
	specialist: 'Specialist',
	coordinator: 'Coordinator',
	fractional: 'Fractional',
	agency: 'Agency'
};

/** Crafts a workspace starts with; any other lowercase slug is accepted as a custom craft. */
export const knownCrafts = [
	'brand',
	'product-marketing',
	'content',
	'demand-generation',
	'marketing-operations',
	'communications',
	'field-events',
	'design',
	'web',
	'analytics',
	'sales-enablement',
	'social',
	'seo',
	'paid-media',
	'ai-governance'
] as const;
export const craftSchema = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a lowercase craft slug such as "product-marketing"');

export const aiLevels = [0, 1, 2, 3] as const;
export const aiLevelLabels = ['none', 'assisted', 'integrated', 'native'] as const;

/** A required, trimmed line of text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A position on the chart. Capacity = hoursPerWeek × fte × focusFactor (planned hours/week). */
export const seatSchema = z
	.strictObject({
		id: idSchema,
		title: text(120),
		kind: seatKindSchema,
		personName: text(120).optional(),
		/** An open seat is a planned hire: it counts in cost and capacity but has no person yet. */
		open: z.boolean().default(false),
		managerId: idSchema.nullable(),
		/** Full-time equivalent, in (0, 1]. */
		fte: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1').default(1),
		/** Contracted hours per week at 1 FTE, in (0, 80]. */
		hoursPerWeek: z.number().gt(0).max(80).default(40),
		/** Share of hours free for planned work, in [0, 1]; default 0.5 (models/README.md). */
		focusFactor: z.number().min(0).max(1).default(0.5),
		craft: craftSchema.optional(),
		/** Audiences this seat owns end to end. An audience has at most one owner. */
		audienceIds: z
			.array(idSchema)
			.max(200)
			.default([])
			.refine((ids) => new Set(ids).size === ids.length, 'lists an audience more than once'),
		/** 0 none, 1 assisted, 2 integrated, 3 native. */
		aiLevel: z
			.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], {
				error: 'expected 0, 1, 2 or 3'
			})
			.default(0),
		/** Fully loaded annual cost in the workspace currency. */
		annualCost: z.number().min(0).max(100_000_000).optional(),
		memberEmail: z.email().max(254).optional()
	})
	.refine((seat) => !(seat.open && seat.personName), {
		path: ['personName'],
		message:
			'an open seat is a planned hire and has no person yet; clear personName or set open to false'
	});
export type Seat = z.infer<typeof seatSchema>;
export type SeatInput = z.input<typeof seatSchema>;

export const audienceSchema = z.strictObject({
	id: idSchema,
	name: text(120),
	segment: z.string().trim().max(120).default(''),
	products: z.array(text(120)).max(100).default([]),
	regions: z.array(text(120)).max(100).default([]),
	/** Mirrors the owning seat's audienceIds; kept in step by the operations. */
	ownerSeatId: idSchema.optional()
});
export type Audience = z.infer<typeof audienceSchema>;

/** A second, non-reporting tie, such as a custodian's standard-setting link to a GTM marketer. */
export const dottedLineSchema = z.strictObject({
	fromSeatId: idSchema,
	toSeatId: idSchema,
	label: z.string().trim().max(80).default('')
});
export type DottedLine = z.infer<typeof dottedLineSchema>;

export const structureTypes = ['solo', 'functional', 'two-tower', 'custom'] as const;
export const structureSchema = z.enum(structureTypes);
export type Structure = z.infer<typeof structureSchema>;

export const structureLabels: Record<Structure, string> = {
	solo: 'Solo coordinator',
	functional: 'Legacy functional',
	'two-tower': 'Two towers (Mini CMO)',
	custom: 'Custom'
};

export const MAX_SEATS = 20_000;

/** The org design itself: what a starter model, an import or an edit carries. */
export const designSchema = z.strictObject({
	name: text(120),
	description: z.string().trim().max(2000).default(''),
	structure: structureSchema,
	seats: z.array(seatSchema).min(1, 'a scenario needs at least one seat').max(MAX_SEATS),
	audiences: z.array(audienceSchema).max(500).default([]),
	dottedLines: z.array(dottedLineSchema).max(MAX_SEATS).default([]),
	/**
	 * The company this design serves, when it differs from the workspace's: the simulation and
	 * the capacity assessment derive its workload from it (src/lib/domain/demand/).
	 */
	profile: profileSchema.optional()
});
export type Design = z.infer<typeof designSchema>;
export type DesignInput = z.input<typeof designSchema>;

export const scenarioStatusSchema = z.enum(['draft', 'current']);
export const visibilitySchema = z.enum(['private', 'workspace']);

/** A stored scenario: the design plus who owns it and its write version (+1 on every write). */
export const scenarioSchema = z.strictObject({
	...designSchema.shape,
	id: idSchema,
	status: scenarioStatusSchema,
	visibility: visibilitySchema,
	authorId: idSchema,
	version: z.number().int().min(1),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime()
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** Just the design fields of a scenario or request body, without ids, status or versions. */
export const designOf = ({
	name,
	description,
	structure,
	seats,
	audiences,
	dottedLines,
	profile
}: Design): Design => ({
	name,
	description,
	structure,
	seats,
	audiences,
	dottedLines,
	...(profile ? { profile } : {})
});
