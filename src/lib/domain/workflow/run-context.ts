import type { CalendarDate } from './calendar';
import type { Phase } from './schema';

/** Where one step of a run stands. */
export const stepStatuses = [
	'notStarted',
	'inProgress',
	'waitingForInput',
	'inReview',
	'changesRequested',
	'done'
] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const stepStatusLabels: Record<StepStatus, string> = {
	notStarted: 'not started',
	inProgress: 'in progress',
	waitingForInput: 'waiting for input',
	inReview: 'in review',
	changesRequested: 'changes requested',
	done: 'done'
};

/** A step as the run machine tracks it: status, current due date and its history. */
export interface StepState {
	status: StepStatus;
	phase: Phase;
	dependsOn: string[];
	/** Whether a review gate must approve the step before it is done. */
	gated: boolean;
	due: CalendarDate;
	/** Earlier due dates, oldest first: two or more means the deadline moved more than once. */
	dueHistory: CalendarDate[];
	/** Revision rounds: changes requested or work rejected at the gate. */
	rounds: number;
	/** When the gate approved the step (ISO instant), null before. */
	approvedAt: string | null;
	/** The input the step waits for, while waiting. */
	waitingFor: string | null;
	/** Work added after the run started that the brief did not ask for. */
	added: { name: string; reason: string } | null;
	/** Reopenings of approved work after its phase closed (scope or timeline changes). */
	scopeChanges: number;
	/** When work first started (ISO instant), null before; null in runs saved before it was kept. */
	startedAt: string | null;
	/** When the step was last done (ISO instant), null while open. */
	doneAt: string | null;
	/** Review rounds at the gate, oldest first: when submitted, when decided and how. */
	reviews: ReviewRound[];
}

/** One round at a review gate: submitted for review, then approved, sent back or rejected. */
export interface ReviewRound {
	/** ISO instant the work was submitted for review. */
	submittedAt: string;
	/** ISO instant of the decision, null while in review. */
	decidedAt: string | null;
	outcome: 'approved' | 'changes-requested' | 'rejected' | null;
}

/** The fields a step gained after runs were first saved, at their empty values. */
export const stepDefaults = (): Pick<StepState, 'startedAt' | 'doneAt' | 'reviews'> => ({
	startedAt: null,
	doneAt: null,
	reviews: []
});

/**
 * A context saved by an earlier release, with the step fields it lacks at their empty values
 * (no timestamps are invented: such rounds stay out of approval times).
 */
export function upgradeContext(context: RunContext): RunContext {
	const steps: Record<string, StepState> = {};
	for (const [id, s] of Object.entries(context.steps)) steps[id] = { ...stepDefaults(), ...s };
	return { ...context, steps };
}

/** An input named in the brief: which step needs it and whether it has arrived. */
export interface InputState {
	name: string;
	stepId: string;
	dueDate: CalendarDate;
	received: boolean;
}

export interface RunContext {
	/** Steps by id, in template order (then added work). */
	steps: Record<string, StepState>;
	order: string[];
	inputs: InputState[];
	blockedReason: string | null;
	escalatedReason: string | null;
	cancelledReason: string | null;
	launchedAt: string | null;
}

/** What a run machine starts from. */
export interface RunInput {
	steps: { id: string; phase: Phase; dependsOn: string[]; gated: boolean; due: CalendarDate }[];
	inputs: Omit<InputState, 'received'>[];
}

/** The machine's first context for `input`: every step not started at its planned due date. */
export function initialContext(input: RunInput): RunContext {
	const steps: Record<string, StepState> = {};
	for (const s of input.steps)
		steps[s.id] = {
			status: 'notStarted',
			phase: s.phase,
			dependsOn: [...s.dependsOn],
			gated: s.gated,
			due: s.due,
			dueHistory: [],
			rounds: 0,
			approvedAt: null,
			waitingFor: null,
			added: null,
			scopeChanges: 0,
			...stepDefaults()
		};
	return {
		steps,
		order: input.steps.map((s) => s.id),
		inputs: input.inputs.map((i) => ({ ...i, received: false })),
		blockedReason: null,
		escalatedReason: null,
		cancelledReason: null,
		launchedAt: null
	};
}

/** True when every step of `phase` is done (a phase with no steps is not closed). */
export function phaseClosed(context: RunContext, phase: Phase): boolean {
	const steps = Object.values(context.steps).filter((s) => s.phase === phase);
	return steps.length > 0 && steps.every((s) => s.status === 'done');
}

/**
 * Whether reopening approved step `stepId` changes scope or timeline: it was approved and its
 * phase has closed since, so later work already builds on it (seed 001's "flag this as a scope
 * or timeline change").
 */
export function isScopeChange(context: RunContext, stepId: string): boolean {
	const step = context.steps[stepId];
	return !!step && step.approvedAt !== null && phaseClosed(context, step.phase);
}
