import { z } from 'zod';
import { idSchema } from '../scenario/schema';

/** Weeks in a roadmap quarter: initiatives are planned in weeks 1–13. */
export const QUARTER_WEEKS = 13;
export const weeks = Array.from({ length: QUARTER_WEEKS }, (_, i) => i + 1);

/** A quarter written `2027-Q1`. */
export const quarterSchema = z
	.string({ error: 'expected a quarter such as 2027-Q1' })
	.regex(/^(19|20|21)\d{2}-Q[1-4]$/, 'expected a quarter such as 2027-Q1');
export type Quarter = z.infer<typeof quarterSchema>;

const weekSchema = z
	.number({ error: 'expected a week of the quarter, 1–13' })
	.int('expected a whole week, 1–13')
	.min(1, 'must be a week of the quarter, 1–13')
	.max(QUARTER_WEEKS, 'must be a week of the quarter, 1–13');

const calendarDate = z.iso.date('expected a date as YYYY-MM-DD');

export const statuses = ['planned', 'in-progress', 'done', 'dropped'] as const;
export const statusSchema = z.enum(statuses, {
	error: `expected one of ${statuses.join(', ')}`
});
export type Status = z.infer<typeof statusSchema>;
export const statusLabels: Record<Status, string> = {
	planned: 'Planned',
	'in-progress': 'In progress',
	done: 'Done',
	dropped: 'Dropped'
};

/** Initiatives that still take their owner's hours (done and dropped ones do not). */
export const isActive = (i: { status: Status }) =>
	i.status === 'planned' || i.status === 'in-progress';

/**
 * What success means: a metric with a baseline and a target by a date. Any part may be missing
 * while the roadmap is drafted (then it is flagged), but numbers without a metric are refused.
 */
export const outcomeSchema = z
	.strictObject({
		metric: z.string().trim().max(120, 'must be at most 120 characters').default(''),
		baseline: z.number({ error: 'expected a number' }).nullable().default(null),
		target: z.number({ error: 'expected a number' }).nullable().default(null),
		byDate: calendarDate.nullable().default(null)
	})
	.superRefine((o, ctx) => {
		if (o.metric === '' && (o.target !== null || o.baseline !== null))
			ctx.addIssue({
				code: 'custom',
				path: ['metric'],
				message: 'a baseline or target needs a metric that says what is measured'
			});
	});
export type Outcome = z.infer<typeof outcomeSchema>;

/** One initiative in a lane: `audienceId` null is the cross-audience lane. Effort in hours/week. */
export const initiativeSchema = z
	.strictObject({
		id: idSchema,
		title: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
		audienceId: idSchema.nullable(),
		ownerSeatId: idSchema,
		outcome: outcomeSchema.default({ metric: '', baseline: null, target: null, byDate: null }),
		effortHoursPerWeek: z
			.number({ error: 'expected hours per week' })
			.gt(0, 'must be above 0 hours per week')
			.max(80, 'must be at most 80 hours per week'),
		startWeek: weekSchema,
		endWeek: weekSchema,
		dependsOn: z.array(idSchema).max(50).default([]),
		status: statusSchema.default('planned')
	})
	.superRefine((i, ctx) => {
		if (i.endWeek < i.startWeek)
			ctx.addIssue({
				code: 'custom',
				path: ['endWeek'],
				message: `must not be before startWeek (${i.startWeek}): an initiative cannot end before it starts`
			});
	});
export type Initiative = z.infer<typeof initiativeSchema>;
export type InitiativeInput = z.input<typeof initiativeSchema>;

export const MAX_INITIATIVES = 300;
export const initiativesSchema = z
	.array(initiativeSchema)
	.max(MAX_INITIATIVES, `must list at most ${MAX_INITIATIVES} initiatives`);

const version = z.coerce
	.number({ error: 'expected the version you read' })
	.int('expected a whole number')
	.min(0, 'must be 0 (a quarter not saved yet) or the version you read');

/** PUT /api/v1/roadmaps/:quarter: the whole plan at the version it was read (0: never saved). */
export const roadmapUpdateSchema = z.strictObject({
	version,
	initiatives: initiativesSchema
});
export type RoadmapUpdate = z.infer<typeof roadmapUpdateSchema>;

const line = (max: number) =>
	z
		.string({ error: 'expected text' })
		.trim()
		.min(1, 'must not be empty')
		.max(max, `must be at most ${max} characters`);

/** A review's note: what changed, why, and what happens next. */
export const reviewNoteSchema = z.strictObject({
	changed: line(500),
	why: line(500),
	next: line(500)
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

/** POST /api/v1/roadmaps/:quarter/reviews. */
export const reviewRequestSchema = z.strictObject({ note: reviewNoteSchema });

/** POST /api/v1/roadmaps/:quarter/comments; `initiativeId` null comments on the whole roadmap. */
export const commentRequestSchema = z.strictObject({
	text: line(2000),
	initiativeId: idSchema.nullable().default(null)
});
export type CommentRequest = z.infer<typeof commentRequestSchema>;

const fieldChange = z.strictObject({
	field: z.string(),
	before: z.string(),
	after: z.string()
});

/** What changed between two versions of the initiatives (see diff.ts). */
export const roadmapDiffSchema = z.strictObject({
	added: z.array(z.strictObject({ id: idSchema, title: z.string() })),
	removed: z.array(z.strictObject({ id: idSchema, title: z.string() })),
	changed: z.array(
		z.strictObject({ id: idSchema, title: z.string(), fields: z.array(fieldChange) })
	)
});
export type RoadmapDiff = z.infer<typeof roadmapDiffSchema>;

const timestamp = z.iso.datetime();

export const reviewSchema = z.strictObject({
	id: idSchema,
	at: timestamp,
	byId: idSchema,
	note: reviewNoteSchema,
	diff: roadmapDiffSchema,
	/** The initiatives as reviewed: the next review's diff starts here. */
	initiatives: initiativesSchema
});
export type Review = z.infer<typeof reviewSchema>;

export const commentSchema = z.strictObject({
	id: idSchema,
	at: timestamp,
	byId: idSchema,
	initiativeId: idSchema.nullable(),
	text: line(2000)
});
export type Comment = z.infer<typeof commentSchema>;

export const MAX_REVIEWS = 200;
export const MAX_COMMENTS = 2000;

/** A quarter's plan as stored: one per quarter, planned against the scenario that was current. */
export const roadmapPlanSchema = z.strictObject({
	quarter: quarterSchema,
	scenarioId: idSchema.nullable(),
	initiatives: initiativesSchema,
	updatedAt: timestamp.nullable(),
	updatedBy: idSchema.nullable(),
	/** 0 for a quarter never saved; +1 on every write of the plan. */
	version: z.number().int().min(0)
});
export type RoadmapPlan = z.infer<typeof roadmapPlanSchema>;

/** A roadmap as read: the plan with its review log and comments, oldest first. */
export interface Roadmap extends RoadmapPlan {
	reviews: Review[];
	comments: Comment[];
}

/** The plan of a quarter nobody has planned yet. */
export const emptyPlan = (quarter: Quarter, scenarioId: string | null = null): RoadmapPlan => ({
	quarter,
	scenarioId,
	initiatives: [],
	updatedAt: null,
	updatedBy: null,
	version: 0
});
