import { z } from 'zod';
import { knownCrafts } from '../scenario/schema';
import { effortSchema } from './effort';

/** The nine areas of a marketing function, plus strategic planning and customer conversations. */
export const areas = [
	'content-strategy-and-creation',
	'campaign-architecture',
	'marketing-automation',
	'crm-integration',
	'performance-analytics',
	'sales-enablement',
	'event-execution',
	'brand-positioning',
	'ai-evaluation-and-governance',
	'strategic-planning',
	'customer-conversations'
] as const;
export const areaSchema = z.enum(areas);
export type Area = z.infer<typeof areaSchema>;

export const areaLabels: Record<Area, string> = {
	'content-strategy-and-creation': 'Content strategy and creation',
	'campaign-architecture': 'Campaign architecture',
	'marketing-automation': 'Marketing automation',
	'crm-integration': 'CRM integration',
	'performance-analytics': 'Performance analytics',
	'sales-enablement': 'Sales enablement',
	'event-execution': 'Event execution',
	'brand-positioning': 'Brand positioning',
	'ai-evaluation-and-governance': 'AI evaluation and governance',
	'strategic-planning': 'Strategic planning',
	'customer-conversations': 'Customer conversations'
};

/** A lowercase slug such as "blog-post-draft". */
export const activityIdSchema = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected a lowercase slug such as "blog-post-draft"');

const share = z.number().min(0, 'must be at least 0').max(1, 'must be at most 1');

/**
 * Share of an activity's effort AI absorbs at AI levels 0–3 (none, assisted, integrated, native),
 * each in [0, 1]; a higher level never absorbs less.
 */
export const aiShareSchema = z.tuple([share, share, share, share]).superRefine((s, ctx) => {
	s.forEach((v, i) => {
		const below = s[i - 1];
		if (below !== undefined && v < below)
			ctx.addIssue({
				code: 'custom',
				path: [i],
				message: `must be at least the share at level ${i - 1} (${below})`
			});
	});
});
export type AiShare = z.infer<typeof aiShareSchema>;

export const sourceGrades = ['solid', 'medium', 'practitioner', 'assumption'] as const;
/** Fields of an activity that carry a default and so need a source note. */
export const sourcedFields = [
	'area',
	'scope',
	'craft',
	'unit',
	'effortHours',
	'aiShare',
	'drivers'
];
/** Fields every activity must source: the figures the simulation and capacity check use. */
export const requiredSources = ['effortHours', 'aiShare'] as const;

/**
 * Where one default comes from. `field` names an activity field or a part of it
 * ("effortHours.p90Hours"); a published figure cites its reference (spec DEFAULTS.md) and keeps
 * its grade, anything else is graded "assumption" and gives the reasoning.
 */
export const sourceNoteSchema = z.strictObject({
	field: z.string().refine((f) => sourcedFields.includes(f.split(/[.[]/)[0] ?? ''), {
		message: `expected an activity field: ${sourcedFields.join(', ')}`
	}),
	note: z.string().trim().min(1, 'must not be empty').max(600),
	grade: z.enum(sourceGrades)
});
export type SourceNote = z.infer<typeof sourceNoteSchema>;

/** Whether a source note covers `field` (the field itself or a part of it). */
export const covers = (note: SourceNote, field: string) =>
	note.field === field || note.field.startsWith(`${field}.`) || note.field.startsWith(`${field}[`);

export const driverKinds = [
	'campaign',
	'audience',
	'channel',
	'event',
	'week',
	'product',
	'region',
	'seller',
	'campaign-channel'
] as const;

/**
 * What drives an activity's volume: `unitsPer` units for each campaign or event run, for each
 * audience, channel, product, region or seller (of the sales team marketing supports) in a
 * quarter, for each campaign in each active channel (assets a campaign needs per channel), or
 * for each working week.
 */
export const driverSchema = z.strictObject({
	per: z.enum(driverKinds),
	unitsPer: z.number().gt(0, 'must be above 0').max(1000, 'must be at most 1000')
});
export type Driver = z.infer<typeof driverSchema>;

export const activityFields = z.strictObject({
	id: activityIdSchema,
	name: z.string().trim().min(1, 'must not be empty').max(120),
	area: areaSchema,
	/** Audience-specific work is done per audience; cross-audience work once for all. */
	scope: z.enum(['audience', 'cross-audience']),
	/** Default craft of whoever does the work. */
	craft: z.enum(knownCrafts),
	/** What one unit is, e.g. "blog post" or "campaign". */
	unit: z.string().trim().min(1, 'must not be empty').max(80),
	/** Hours of work per unit. */
	effortHours: effortSchema,
	aiShare: aiShareSchema,
	drivers: z
		.array(driverSchema)
		.min(1)
		.max(driverKinds.length)
		.refine((ds) => new Set(ds.map((d) => d.per)).size === ds.length, 'names a driver twice')
		.optional(),
	sources: z.array(sourceNoteSchema).min(1, 'name the source of every default').max(20)
});

/** One piece of marketing work; every figure it carries has a source note. */
export const activitySchema = activityFields.superRefine((a, ctx) => {
	const needed = [...requiredSources, ...(a.drivers ? ['drivers'] : [])];
	for (const field of needed)
		if (!a.sources.some((s) => covers(s, field)))
			ctx.addIssue({ code: 'custom', path: ['sources'], message: `expected a note for ${field}` });
});
export type Activity = z.infer<typeof activitySchema>;

/** The catalogue file models/activities.json: activities with unique ids. */
export const catalogueSchema = z
	.strictObject({
		version: z.literal(1, 'expected version 1'),
		activities: z.array(activitySchema).min(1).max(500)
	})
	.superRefine((c, ctx) => {
		const seen = new Map<string, number>();
		c.activities.forEach((a, i) => {
			const first = seen.get(a.id);
			if (first === undefined) seen.set(a.id, i);
			else
				ctx.addIssue({
					code: 'custom',
					path: ['activities', i, 'id'],
					message: `duplicates the id "${a.id}" of activities[${first}]`
				});
		});
	});
export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
