import { z } from 'zod';
import { calendarDateSchema } from '../conversations/schema';
import type { CalendarDate } from '../conversations/weeks';
import { idSchema, text } from '../scenario/schema';
import { phaseSchema } from './schema';

const optionalText = (max: number) => z.string().trim().max(max).default('');

/**
 * An input the run needs from someone (the client, a subject expert): what, which step needs
 * it (the first step when absent), and by when (the day before that step starts when absent).
 * A plain string names the input alone.
 */
const inputObjectSchema = z.strictObject({
	name: text(200),
	stepId: idSchema.optional(),
	dueDate: calendarDateSchema.optional()
});
export const requiredInputSchema = z.union([
	text(200).transform((name): z.infer<typeof inputObjectSchema> => ({ name })),
	inputObjectSchema
]);
export type RequiredInput = z.output<typeof requiredInputSchema>;

/** The brief a run starts from (seed 001's ten fields); inputs and launch date are mandatory. */
export const briefSchema = z.strictObject({
	/** The client, for agencies; empty for an in-house audience. */
	client: optionalText(120),
	campaignName: text(120),
	objective: text(500),
	deliverables: z.array(text(200)).min(1, 'name at least one deliverable').max(50),
	channel: text(200),
	/** The internal owner's seat; the audience's owner when absent. */
	ownerSeatId: idSchema.optional(),
	dueDate: calendarDateSchema,
	requiredInputs: z
		.array(requiredInputSchema, { error: 'expected a list of required inputs' })
		.min(1, 'name at least one required input (what the team needs, from whom)')
		.max(50),
	reviewMilestones: z.array(text(200)).max(50).default([]),
	launchDate: calendarDateSchema,
	constraints: optionalText(1000)
});
export type Brief = z.infer<typeof briefSchema>;

/** The brief as POSTed on `today`: a launch date in the past is refused. */
export const briefSchemaAsOf = (today: CalendarDate) =>
	briefSchema.refine((b) => b.launchDate >= today, {
		path: ['launchDate'],
		message: `must not be in the past (today is ${today})`
	});

/** POST /api/v1/runs: a template run for one audience with its brief. */
export const startRunSchemaAsOf = (today: CalendarDate) =>
	z.strictObject({
		templateId: z.string().min(1, 'must name a workflow template').max(64),
		audienceId: idSchema,
		brief: briefSchemaAsOf(today)
	});
export type StartRunRequest = z.infer<ReturnType<typeof startRunSchemaAsOf>>;

/** What a review gate approves (seed 001: copy, design, strategy, budget, timing). */
export const approvalSubjects = ['copy', 'design', 'strategy', 'budget', 'timing'] as const;
export const approvalSubjectSchema = z.enum(approvalSubjects);
export type ApprovalSubject = z.infer<typeof approvalSubjectSchema>;

/** A seat as a run names it: who, in words, and how to reach them. */
export const seatRefSchema = z.strictObject({
	seatId: idSchema.nullable(),
	/** "Brand custodian (Priya Shah)", or why nobody could be found. */
	label: text(240),
	email: z.string().max(254).optional()
});
export type SeatRef = z.infer<typeof seatRefSchema>;

/** A review gate on a step: who approves what, feedback due, and what happens after. */
export const gateSchema = z.strictObject({
	approver: seatRefSchema,
	approves: approvalSubjectSchema,
	checklist: z.array(text(200)).min(1),
	timing: z.enum(['start', 'end']),
	/** Feedback is due by this date: the step's due date. */
	feedbackDue: calendarDateSchema,
	after: text(400)
});
export type Gate = z.infer<typeof gateSchema>;

/** One step of a run as planned when it started. Current status and dates live in the machine. */
export const planStepSchema = z.strictObject({
	id: idSchema,
	name: text(160),
	activityId: z.string().max(64),
	phase: phaseSchema,
	dependsOn: z.array(idSchema),
	/** Working days of work, from the catalogue's mean effort and the performer's focus hours. */
	durationDays: z.number().int().min(1).max(250),
	/** Mean hours of work (effort × units), for load per owner. */
	effortHours: z.number().min(0),
	owner: seatRefSchema,
	start: calendarDateSchema,
	due: calendarDateSchema,
	gate: gateSchema.optional()
});
export type PlanStep = z.infer<typeof planStepSchema>;

/** One accountable owner per phase (from the accountability map). */
export const phaseOwnerSchema = z.strictObject({ phase: phaseSchema, accountable: seatRefSchema });
export type PhaseOwner = z.infer<typeof phaseOwnerSchema>;

/**
 * A change the run followed after it started: the accountability map or the approved guardrail
 * policy now resolves a step, phase or the run differently, and the work had not started yet.
 */
export const planChangeSchema = z.strictObject({
	stepId: idSchema.nullable(),
	phase: phaseSchema.nullable(),
	what: z.enum([
		'owner',
		/** Work on the step had started, so it kept its owner; the map now names `to`. */
		'owner-kept',
		'approver',
		'gate-added',
		'gate-removed',
		'checklist',
		'phase-owner',
		'internal-owner'
	]),
	from: z.string().max(240),
	to: z.string().max(240),
	cause: z.enum(['map', 'policy']),
	/** When the map was edited or the policy approved (ISO instant), null when unknown. */
	at: z.iso.datetime().nullable(),
	message: text(600)
});
export type PlanChange = z.infer<typeof planChangeSchema>;

/** A stored run: its plan, the persisted snapshot of its machine and its version. */
export const runSchema = z.strictObject({
	id: idSchema,
	templateId: z.string().max(64),
	templateName: text(120),
	scenarioId: idSchema,
	audienceId: idSchema,
	audienceName: text(120),
	brief: briefSchema,
	internalOwner: seatRefSchema,
	phases: z.array(phaseOwnerSchema),
	steps: z.array(planStepSchema).min(1),
	/** The step whose end is the launch (the first step of the launch phase), if any. */
	launchStepId: idSchema.nullable(),
	/** Steps with no slack before the launch, as planned. */
	critical: z.array(idSchema),
	/** Changes followed since the start, oldest first (absent in runs saved before they were kept). */
	changes: z.array(planChangeSchema).max(500).optional(),
	/** XState's persisted snapshot of run.machine.ts; checked against the machine when restored. */
	snapshot: z.record(z.string(), z.unknown()),
	createdBy: idSchema,
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.number().int().min(1)
});
export type Run = z.infer<typeof runSchema>;

/** One entry of the decision log (seed 001's fields), written by approvals and reopenings. */
export const decisionSchema = z.strictObject({
	id: idSchema,
	runId: idSchema,
	at: z.iso.datetime(),
	kind: z.enum(['approved', 'changes-requested', 'rejected', 'reopened']),
	decision: text(600),
	approver: text(240),
	/** The member who recorded it. */
	recordedBy: idSchema,
	stepId: idSchema,
	asset: text(240),
	campaign: text(120),
	impact: text(600),
	/** A reopening of approved work after its phase closed: a scope or timeline change. */
	scopeChange: z.boolean(),
	/** For a reopening: the approval it revisits. */
	revisits: idSchema.nullable(),
	link: z.string().max(300)
});
export type Decision = z.infer<typeof decisionSchema>;
