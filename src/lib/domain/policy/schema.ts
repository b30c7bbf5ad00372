import { z } from 'zod';
import { activityIdSchema, areaSchema } from '../catalogue/schema';
import { plainText } from './plain-text';

/** How far AI may act on an activity: alone, as a drafter a person reviews, or not at all. */
export const automationLevels = ['ai-autonomous', 'ai-draft-human-review', 'human-only'] as const;
export const automationLevelSchema = z.enum(automationLevels, {
	error: `expected one of ${automationLevels.join(', ')}`
});
export type AutomationLevel = z.infer<typeof automationLevelSchema>;

export const automationLevelLabels: Record<AutomationLevel, string> = {
	'ai-autonomous': 'AI acts alone',
	'ai-draft-human-review': 'AI drafts, a person reviews',
	'human-only': 'People only'
};

/** Classes of data, from least to most sensitive, that may go into AI tools. */
export const dataClasses = ['public', 'internal', 'confidential', 'personal'] as const;
export const dataClassSchema = z.enum(dataClasses, {
	error: `expected one of ${dataClasses.join(', ')}`
});
export type DataClass = z.infer<typeof dataClassSchema>;

/**
 * Who reviews: `none`, `craft:<craft>` (the custodian of that craft in the current scenario) or
 * `seat:<seatId>` (whoever sits in that seat of the current scenario).
 */
export const reviewerSchema = z
	.string()
	.regex(
		/^(none|craft:[a-z][a-z0-9-]{0,39}|seat:[A-Za-z0-9][A-Za-z0-9_-]{0,63})$/,
		'expected "none", "craft:<craft>" such as "craft:brand", or "seat:<seat id>"'
	);
export type Reviewer = z.infer<typeof reviewerSchema>;

/** Checklist items a machine can judge in a draft; the rest are left to the reviewer. */
export const judges = ['pillars', 'claims', 'reading-level', 'phrasing'] as const;
export type Judge = (typeof judges)[number];

const slug = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a lowercase slug such as "claims-approved"');

export const checklistItemSchema = z.strictObject({
	id: slug,
	text: plainText(200).pipe(z.string().min(1, 'must not be empty')),
	judge: z.enum(judges).optional()
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** What AI may do on one catalogue activity, on which data, who reviews and against what. */
export const ruleSchema = z
	.strictObject({
		activityId: activityIdSchema,
		level: automationLevelSchema,
		dataClasses: z.array(dataClassSchema).max(4).refine(unique, 'lists a data class twice'),
		reviewer: reviewerSchema,
		checklist: z.array(slug).max(30).refine(unique, 'lists a checklist item twice'),
		reason: plainText(600)
	})
	.superRefine((rule, ctx) => {
		if (rule.level === 'ai-draft-human-review' && rule.reviewer === 'none')
			ctx.addIssue({
				code: 'custom',
				path: ['reviewer'],
				message: 'a person must review AI drafts: name a craft or a seat'
			});
		if (rule.level === 'human-only' && rule.dataClasses.length > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['dataClasses'],
				message: 'people-only work puts no data into AI tools: leave the data classes empty'
			});
	});
export type Rule = z.infer<typeof ruleSchema>;

/** The policy: the checklist every rule draws from and one rule per activity. */
export const policySchema = z
	.strictObject({
		checklist: z.array(checklistItemSchema).max(30),
		rules: z.array(ruleSchema).max(500)
	})
	.superRefine((policy, ctx) => {
		const items = new Set<string>();
		policy.checklist.forEach((item, i) => {
			if (items.has(item.id))
				ctx.addIssue({
					code: 'custom',
					path: ['checklist', i, 'id'],
					message: `duplicates "${item.id}"`
				});
			items.add(item.id);
		});
		const seen = new Set<string>();
		policy.rules.forEach((rule, i) => {
			if (seen.has(rule.activityId))
				ctx.addIssue({
					code: 'custom',
					path: ['rules', i, 'activityId'],
					message: `has a second rule for "${rule.activityId}"`
				});
			seen.add(rule.activityId);
			rule.checklist.forEach((id, j) => {
				if (!items.has(id))
					ctx.addIssue({
						code: 'custom',
						path: ['rules', i, 'checklist', j],
						message: `"${id}" is not an item of the checklist`
					});
			});
		});
	});
export type Policy = z.infer<typeof policySchema>;

/** One approved version as stored and shown: the policy and who approved it, when and why. */
export interface PolicyVersion {
	number: number;
	policy: Policy;
	approvedBy: string;
	approvedByName: string;
	approvedAt: string;
	note: string;
}

const sourceSchema = z.strictObject({
	note: z.string().trim().min(1, 'must not be empty').max(600),
	grade: z.enum(['solid', 'medium', 'practitioner', 'assumption'])
});

/** A default the starter policy gives an area or one activity, `own-craft` meaning its craft. */
const defaultRuleSchema = z.strictObject({
	level: automationLevelSchema,
	dataClasses: z.array(dataClassSchema).max(4),
	reviewer: z.union([reviewerSchema, z.literal('own-craft')]),
	checklist: z.union([z.literal('all'), z.array(slug)]),
	reason: z.string().trim().min(1).max(600)
});

/** models/policy.json: the starter checklist and the default rule of each area, with sources. */
export const policyModelSchema = z.strictObject({
	version: z.literal(1, 'expected version 1'),
	checklist: z.array(checklistItemSchema).min(1).max(30),
	checklistSource: sourceSchema,
	areas: z.record(areaSchema, defaultRuleSchema),
	activities: z.record(activityIdSchema, defaultRuleSchema.partial().required({ reason: true })),
	sources: z.array(sourceSchema).min(1)
});
export type PolicyModel = z.infer<typeof policyModelSchema>;

/** PUT /api/v1/policy and the editor: the whole draft at the version last read. */
export const policyUpdateSchema = z.strictObject({
	policy: policySchema,
	version: z.coerce.number().int().min(1)
});

/** POST /api/v1/policy/approve: the draft version being approved and a note on why. */
export const approveSchema = z.strictObject({
	version: z.coerce.number().int().min(1),
	note: plainText(500)
});
