import {
	isScopeChange,
	stepDefaults,
	stepStatusLabels,
	type ReviewRound,
	type RunContext,
	type StepState
} from './run-context';
import type { FollowPlanEvent, RunEvent } from './run-events';

type Of<T extends RunEvent['type']> = Extract<RunEvent, { type: T }>;
type Refusal = string | null;

const quoted = (id: string) => `"${id}"`;
const missing = (id: string) => `there is no step ${quoted(id)} in this run`;
const is = (step: StepState) => stepStatusLabels[step.status];

/** Refuses unless the step exists and has one of `allowed` statuses; says what it needs instead. */
function needs(
	context: RunContext,
	id: string,
	allowed: StepState['status'][],
	what: string
): Refusal {
	const step = context.steps[id];
	if (!step) return missing(id);
	if (allowed.includes(step.status)) return null;
	return `${quoted(id)} is ${is(step)}; ${what}`;
}

/** Why step `id` cannot start: a dependency not done yet. */
function waitsFor(context: RunContext, id: string): Refusal {
	const pending = context.steps[id]!.dependsOn.filter((d) => context.steps[d]?.status !== 'done');
	if (pending.length === 0) return null;
	const list = pending.map((d) => `${quoted(d)} (${is(context.steps[d]!)})`).join(', ');
	return `${quoted(id)} cannot start yet: it waits for ${list}`;
}

/**
 * Why the machine refuses a step or input event in the current context, or null when it accepts
 * it. The machine's guards are these checks; the API repeats the reason to the client.
 */
export const refusals = {
	START: (c: RunContext, e: Of<'START'>) =>
		needs(
			c,
			e.stepId,
			['notStarted', 'changesRequested'],
			'only work not started or sent back starts'
		) ?? (c.steps[e.stepId]!.status === 'notStarted' ? waitsFor(c, e.stepId) : null),
	WAIT_FOR_INPUT: (c: RunContext, e: Of<'WAIT_FOR_INPUT'>) =>
		needs(c, e.stepId, ['inProgress'], 'only work in progress can wait for an input'),
	INPUT_RECEIVED: (c: RunContext, e: Of<'INPUT_RECEIVED'>) =>
		needs(c, e.stepId, ['waitingForInput'], 'it is not waiting for an input'),
	SUBMIT_FOR_REVIEW: (c: RunContext, e: Of<'SUBMIT_FOR_REVIEW'>) =>
		needs(c, e.stepId, ['inProgress'], 'only work in progress goes to review') ??
		(c.steps[e.stepId]!.gated
			? null
			: `${quoted(e.stepId)} has no review gate: complete it instead`),
	COMPLETE: (c: RunContext, e: Of<'COMPLETE'>) =>
		needs(c, e.stepId, ['inProgress'], 'only work in progress can be completed') ??
		(c.steps[e.stepId]!.gated
			? `${quoted(e.stepId)} has a review gate: submit it for review, and its approval completes it`
			: null),
	APPROVE: (c: RunContext, e: Of<'APPROVE'>) =>
		needs(c, e.stepId, ['inReview'], 'only work in review can be approved'),
	REQUEST_CHANGES: (c: RunContext, e: Of<'REQUEST_CHANGES'>) =>
		needs(c, e.stepId, ['inReview'], 'changes are requested only on work in review'),
	REJECT: (c: RunContext, e: Of<'REJECT'>) =>
		needs(c, e.stepId, ['inReview'], 'only work in review can be rejected'),
	REOPEN: (c: RunContext, e: Of<'REOPEN'>) =>
		needs(c, e.stepId, ['done'], 'only finished work can be reopened'),
	MOVE_DUE: (c: RunContext, e: Of<'MOVE_DUE'>): Refusal => {
		const step = c.steps[e.stepId];
		if (!step) return missing(e.stepId);
		if (step.status === 'done') return `${quoted(e.stepId)} is done; its due date no longer moves`;
		return step.due === e.due ? `${quoted(e.stepId)} is already due on ${e.due}` : null;
	},
	RECEIVE_INPUT: (c: RunContext, e: Of<'RECEIVE_INPUT'>): Refusal => {
		const input = c.inputs.find((i) => i.name === e.input);
		if (!input)
			return `the brief names no input "${e.input}"; it names ${c.inputs.map((i) => `"${i.name}"`).join(', ')}`;
		return input.received ? `"${e.input}" has already arrived` : null;
	},
	ADD_WORK: (c: RunContext, e: Of<'ADD_WORK'>): Refusal => {
		if (c.steps[e.stepId]) return `the run already has a step ${quoted(e.stepId)}`;
		const unknown = e.dependsOn.filter((d) => !c.steps[d]);
		return unknown.length > 0 ? unknown.map(missing).join('; ') : null;
	},
	LAUNCH: (c: RunContext): Refusal => {
		const open = c.order.filter(
			(id) => c.steps[id]!.phase !== 'launch' && c.steps[id]!.status !== 'done'
		);
		if (open.length === 0) return null;
		const list = open.map((id) => `${quoted(id)} (${is(c.steps[id]!)})`).join(', ');
		return `launch needs every step before the launch phase done; not yet: ${list}`;
	}
};

const step = (c: RunContext, id: string, patch: Partial<StepState>): RunContext => ({
	...c,
	steps: { ...c.steps, [id]: { ...c.steps[id]!, ...patch } }
});

/** The step's review rounds with the open one decided at `at` with `outcome`. */
const decided = (s: StepState, at: string, outcome: ReviewRound['outcome']): ReviewRound[] =>
	s.reviews.map((r, i) =>
		i === s.reviews.length - 1 && r.decidedAt === null ? { ...r, decidedAt: at, outcome } : r
	);

/** What each accepted event does to the context; the machine's actions call these. */
export const effects = {
	start: (c: RunContext, e: Of<'START'>) =>
		step(c, e.stepId, { status: 'inProgress', startedAt: c.steps[e.stepId]!.startedAt ?? e.at }),
	waitForInput: (c: RunContext, e: Of<'WAIT_FOR_INPUT'>) =>
		step(c, e.stepId, { status: 'waitingForInput', waitingFor: e.input }),
	resumeAfterInput: (c: RunContext, e: Of<'INPUT_RECEIVED'>) =>
		step(c, e.stepId, { status: 'inProgress', waitingFor: null }),
	submit: (c: RunContext, e: Of<'SUBMIT_FOR_REVIEW'>) =>
		step(c, e.stepId, {
			status: 'inReview',
			reviews: [
				...c.steps[e.stepId]!.reviews,
				{ submittedAt: e.at, decidedAt: null, outcome: null }
			]
		}),
	complete: (c: RunContext, e: Of<'COMPLETE'>) =>
		step(c, e.stepId, { status: 'done', doneAt: e.at }),
	approve: (c: RunContext, e: Of<'APPROVE'>) =>
		step(c, e.stepId, {
			status: 'done',
			approvedAt: e.at,
			doneAt: e.at,
			reviews: decided(c.steps[e.stepId]!, e.at, 'approved')
		}),
	requestChanges: (c: RunContext, e: Of<'REQUEST_CHANGES'>) =>
		step(c, e.stepId, {
			status: 'changesRequested',
			rounds: c.steps[e.stepId]!.rounds + 1,
			reviews: decided(c.steps[e.stepId]!, e.at, 'changes-requested')
		}),
	reject: (c: RunContext, e: Of<'REJECT'>) =>
		step(c, e.stepId, {
			status: 'notStarted',
			rounds: c.steps[e.stepId]!.rounds + 1,
			reviews: decided(c.steps[e.stepId]!, e.at, 'rejected')
		}),
	reopen: (c: RunContext, e: Of<'REOPEN'>) => {
		const s = c.steps[e.stepId]!;
		const scope = isScopeChange(c, e.stepId);
		return step(c, e.stepId, {
			status: 'inProgress',
			rounds: s.rounds + 1,
			doneAt: null,
			scopeChanges: s.scopeChanges + (scope ? 1 : 0)
		});
	},
	moveDue: (c: RunContext, e: Of<'MOVE_DUE'>) => {
		const s = c.steps[e.stepId]!;
		return step(c, e.stepId, { due: e.due, dueHistory: [...s.dueHistory, s.due] });
	},
	/** Gates follow the current plan only on steps never started; the rest keep theirs. */
	followPlan: (c: RunContext, e: FollowPlanEvent): RunContext => {
		const steps = { ...c.steps };
		for (const [id, gated] of Object.entries(e.gated)) {
			const s = steps[id];
			if (s && s.status === 'notStarted' && s.rounds === 0) steps[id] = { ...s, gated };
		}
		return { ...c, steps };
	},
	receiveInput: (c: RunContext, e: Of<'RECEIVE_INPUT'>): RunContext => ({
		...c,
		inputs: c.inputs.map((i) => (i.name === e.input ? { ...i, received: true } : i))
	}),
	addWork: (c: RunContext, e: Of<'ADD_WORK'>): RunContext => ({
		...c,
		order: [...c.order, e.stepId],
		steps: {
			...c.steps,
			[e.stepId]: {
				status: 'notStarted',
				phase: e.phase,
				dependsOn: [...e.dependsOn],
				gated: false,
				due: e.due,
				dueHistory: [],
				rounds: 0,
				approvedAt: null,
				waitingFor: null,
				added: { name: e.name, reason: e.reason },
				scopeChanges: 0,
				...stepDefaults()
			}
		}
	})
};
