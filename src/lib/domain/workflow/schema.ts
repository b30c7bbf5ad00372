import { z } from 'zod';
import { activityIdSchema, sourceGrades } from '../catalogue/schema';
import { idSchema, seatKinds, text, type SeatKind } from '../scenario/schema';
import { dependencyIssues } from './dependencies';

/** The phases of a template, in the order work passes through them. */
export const phases = ['strategy', 'creative', 'production', 'qa', 'scheduling', 'launch'] as const;
export const phaseSchema = z.enum(phases);
export type Phase = z.infer<typeof phaseSchema>;

/** Brief fields every template asks for (a template may mark some optional). */
export const briefKeys = [
	'audience',
	'campaign-name',
	'objective',
	'deliverables',
	'channel',
	'internal-owner',
	'due-date',
	'required-inputs',
	'review-milestones',
	'launch-date',
	'known-constraints'
] as const;

const slug = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected a lowercase slug such as "due-date"');

/** One field of the brief a run starts from. */
export const briefFieldSchema = z.strictObject({
	key: slug,
	label: text(80),
	required: z.boolean()
});
export type BriefField = z.infer<typeof briefFieldSchema>;

const performerPattern =
	/^(audience-owner|(craft|lead):[a-z][a-z0-9-]{0,39}|kind:[a-z][a-z-]{0,39})$/;

/**
 * Who does a step (or reviews it): `audience-owner` (the seat owning the run's audience),
 * `craft:<craft>` (someone holding that craft), `lead:<craft>` (whoever sets the craft's
 * standard: its custodian or functional lead) or `kind:<seat kind>` (a seat of that kind).
 * Which seat that is depends on the structure; see performers.ts.
 */
export const performerSchema = z
	.string()
	.regex(
		performerPattern,
		'expected "audience-owner", "craft:<craft>", "lead:<craft>" or "kind:<seat kind>"'
	)
	.refine((p) => !p.startsWith('kind:') || (seatKinds as readonly string[]).includes(p.slice(5)), {
		message: `expected a seat kind after "kind:": ${seatKinds.join(', ')}`
	})
	.transform((p) => p as Performer);
export type Performer =
	'audience-owner' | `craft:${string}` | `lead:${string}` | `kind:${SeatKind}`;

/**
 * A review gate on a step. `start`: the reviewer shapes the work before it begins (a custodian's
 * veto on direction); `end`: they first see the finished work, which makes rework likelier.
 */
export const reviewSchema = z.strictObject({
	reviewer: performerSchema,
	checklist: z.array(text(200)).min(1, 'name at least one thing the reviewer checks').max(20),
	timing: z.enum(['start', 'end']),
	/** Keep this gate where the approved guardrail policy would put its own on the step. */
	overridesPolicy: z.boolean().optional()
});
export type Review = z.infer<typeof reviewSchema>;

/** One piece of work in a template: an activity of the catalogue done by a performer. */
export const stepSchema = z.strictObject({
	id: idSchema,
	activityId: activityIdSchema,
	performer: performerSchema,
	/** Steps that must finish first, by id; no step may wait on itself, directly or not. */
	dependsOn: z.array(idSchema).max(50).default([]),
	/** Units of the activity per run (e.g. 6 social posts); 1 when absent. */
	units: z.number().gt(0, 'must be above 0').max(1000, 'must be at most 1000').optional(),
	review: reviewSchema.optional()
});
export type Step = z.infer<typeof stepSchema>;

export const phaseBlockSchema = z.strictObject({
	phase: phaseSchema,
	steps: z.array(stepSchema).min(1, 'a phase needs at least one step').max(50)
});

/** Where a default figure comes from; an assumption says so and gives its reasoning. */
export const volumeSourceSchema = z.strictObject({
	note: text(600),
	grade: z.enum(sourceGrades)
});

const baseSchema = z.strictObject({
	id: slug,
	name: text(120),
	/** One or two sentences in our own words. */
	summary: text(400),
	brief: z.array(briefFieldSchema).min(1).max(40),
	phases: z.array(phaseBlockSchema).min(1).max(phases.length),
	/** Runs of this template per audience in a quarter (a rate: 0.5 is one run every two quarters). */
	volumePerAudiencePerQuarter: z.number().min(0, 'must be at least 0').max(1000),
	volumeSource: volumeSourceSchema
});

/** Adds an issue for every rule across fields: brief, phase order, step ids, graph, review gate. */
function crossCheck(t: z.infer<typeof baseSchema>, ctx: z.RefinementCtx) {
	const keys = t.brief.map((f) => f.key);
	keys.forEach((k, i) => {
		if (keys.indexOf(k) !== i)
			ctx.addIssue({ code: 'custom', path: ['brief', i, 'key'], message: `repeats "${k}"` });
	});
	const missing = briefKeys.filter((k) => !keys.includes(k));
	if (missing.length > 0)
		ctx.addIssue({
			code: 'custom',
			path: ['brief'],
			message: `expected fields ${missing.join(', ')}`
		});
	t.phases.forEach((p, i) => {
		const prev = t.phases[i - 1];
		if (prev && phases.indexOf(p.phase) <= phases.indexOf(prev.phase))
			ctx.addIssue({
				code: 'custom',
				path: ['phases', i, 'phase'],
				message: `expected phases once each in the order ${phases.join(', ')}`
			});
	});
	const steps = t.phases.flatMap((p, pi) => p.steps.map((s, si) => ({ ...s, at: [pi, si] })));
	const firstAt = new Map<string, number[]>();
	for (const s of steps) {
		const first = firstAt.get(s.id);
		if (first)
			ctx.addIssue({
				code: 'custom',
				path: ['phases', s.at[0]!, 'steps', s.at[1]!, 'id'],
				message: `duplicates the id "${s.id}" of phases[${first[0]}].steps[${first[1]}]`
			});
		else firstAt.set(s.id, s.at);
	}
	for (const issue of dependencyIssues(steps)) {
		const at = steps[issue.step]!.at;
		ctx.addIssue({
			code: 'custom',
			path: ['phases', at[0]!, 'steps', at[1]!, 'dependsOn', issue.dependency],
			message: issue.message
		});
	}
	if (!steps.some((s) => s.review))
		ctx.addIssue({
			code: 'custom',
			path: ['phases'],
			message: 'expected at least one review gate'
		});
}

/** A workflow template file under models/workflow-templates/. */
export const workflowTemplateSchema = baseSchema.superRefine(crossCheck);
export type WorkflowTemplate = z.infer<typeof workflowTemplateSchema>;
export type WorkflowTemplateInput = z.input<typeof workflowTemplateSchema>;

/** Every step of a template, in phase order, with its phase. */
export const stepsOf = (t: WorkflowTemplate): (Step & { phase: Phase })[] =>
	t.phases.flatMap((p) => p.steps.map((s) => ({ ...s, phase: p.phase })));
