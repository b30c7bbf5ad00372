import { format, parseISO } from 'date-fns';
import { followPlan, restore } from './run-actor';
import type { RunContext, StepState } from './run-context';
import type { Gate, PhaseOwner, PlanChange, PlanStep, Run, SeatRef } from './run-schema';

/** How the run would be resolved if it started now: the current map's and policy's answer. */
export interface CurrentResolution {
	internalOwner: SeatRef;
	phases: PhaseOwner[];
	/** Owner and gate per step id, from planning the same template, audience and brief now. */
	steps: ReadonlyMap<string, { owner: SeatRef; gate?: Gate }>;
	/** When the accountability map last changed (scenario or overrides saved), ISO instant. */
	mapChangedAt: string | null;
	/** When the approved guardrail policy was approved, ISO instant; null without one. */
	policyApprovedAt: string | null;
}

/** A step follows later changes until work on it starts (a rejected step has started). */
const waiting = (s: StepState | undefined) => !!s && s.status === 'notStarted' && s.rounds === 0;
const on = (at: string | null) => (at ? ` on ${format(parseISO(at), 'd MMM yyyy')}` : '');
const after = (cause: PlanChange['cause'], now: CurrentResolution) =>
	cause === 'map'
		? `after the accountability map was edited${on(now.mapChangedAt)}`
		: `after the guardrail policy was approved${on(now.policyApprovedAt)}`;
const sameChecklist = (a: Gate, b: Gate) => a.checklist.join('\n') === b.checklist.join('\n');

/** The changes to one waiting step, and the step as it follows them. */
function followStep(
	run: Run,
	s: PlanStep,
	fresh: { owner: SeatRef; gate?: Gate },
	now: CurrentResolution
) {
	const changes: PlanChange[] = [];
	const add = (
		what: PlanChange['what'],
		cause: PlanChange['cause'],
		from: string,
		to: string,
		text: string
	) =>
		changes.push({
			stepId: s.id,
			phase: s.phase,
			what,
			from,
			to,
			cause,
			at: cause === 'map' ? now.mapChangedAt : now.policyApprovedAt,
			message: `${text} ${after(cause, now)}.`
		});
	if (fresh.owner.seatId !== s.owner.seatId)
		add(
			'owner',
			'map',
			s.owner.label,
			fresh.owner.label,
			`${s.name}: owner changed from ${s.owner.label} to ${fresh.owner.label}`
		);
	const policyNewer = !!now.policyApprovedAt && now.policyApprovedAt > run.createdAt;
	const gate = fresh.gate
		? { ...fresh.gate, feedbackDue: s.gate?.feedbackDue ?? s.due }
		: undefined;
	if (s.gate && !gate)
		add(
			'gate-removed',
			'policy',
			s.gate.approver.label,
			'',
			`${s.name}: review gate removed (${s.gate.approver.label} no longer approves it)`
		);
	else if (!s.gate && gate)
		add(
			'gate-added',
			'policy',
			'',
			gate.approver.label,
			`${s.name}: review gate added, ${gate.approver.label} approves the ${gate.approves}`
		);
	else if (s.gate && gate) {
		if (gate.approver.seatId !== s.gate.approver.seatId)
			add(
				'approver',
				policyNewer ? 'policy' : 'map',
				s.gate.approver.label,
				gate.approver.label,
				`${s.name}: approver changed from ${s.gate.approver.label} to ${gate.approver.label}`
			);
		if (!sameChecklist(gate, s.gate))
			add(
				'checklist',
				'policy',
				s.gate.checklist.join('; '),
				gate.checklist.join('; '),
				`${s.name}: review checklist changed`
			);
	}
	const { gate: _old, ...rest } = s;
	void _old;
	const step: PlanStep = { ...rest, owner: fresh.owner, ...(gate ? { gate } : {}) };
	return { step, changes };
}

/**
 * Said once per step and owner when the map names someone else for a step whose work has
 * started but not finished: the step keeps its owner, and the run says who the map names now.
 */
function keptOwner(
	run: Run,
	s: PlanStep,
	state: StepState | undefined,
	fresh: { owner: SeatRef },
	now: CurrentResolution
): PlanChange | null {
	if (!state || state.status === 'done' || !fresh.owner.seatId) return null;
	if (fresh.owner.seatId === s.owner.seatId) return null;
	const said = (run.changes ?? []).some(
		(c) => c.what === 'owner-kept' && c.stepId === s.id && c.to === fresh.owner.label
	);
	if (said) return null;
	return {
		stepId: s.id,
		phase: s.phase,
		what: 'owner-kept',
		from: s.owner.label,
		to: fresh.owner.label,
		cause: 'map',
		at: now.mapChangedAt,
		message: `${s.name}: stays with ${s.owner.label}, as work on it has started; the accountability map${now.mapChangedAt ? `, edited${on(now.mapChangedAt)},` : ''} now names ${fresh.owner.label}.`
	};
}

/**
 * The run as it follows the current accountability map and approved policy (`now`): steps not
 * started yet take the owner and review gate they would get now, phases with no step started
 * take the current accountable owner, and the internal owner follows until the run ends;
 * started, reviewed or finished work keeps what it had (a step in progress says, once, whom the
 * map names now). Returns the run with its plan updated and the new changes appended, each
 * saying what changed, from what to what and why; and the gates the machine must follow
 * (`gated`, by step id, only where a gate came or went).
 */
export function followChanges(run: Run, context: RunContext, now: CurrentResolution) {
	const changes: PlanChange[] = [];
	const gated: Record<string, boolean> = {};
	const steps = run.steps.map((s) => {
		const fresh = now.steps.get(s.id);
		if (!fresh) return s;
		if (!waiting(context.steps[s.id])) {
			const kept = keptOwner(run, s, context.steps[s.id], fresh, now);
			if (kept) changes.push(kept);
			return s;
		}
		const followed = followStep(run, s, fresh, now);
		changes.push(...followed.changes);
		if (!!followed.step.gate !== !!s.gate) gated[s.id] = !!followed.step.gate;
		return followed.step;
	});
	const phases = run.phases.map((p) => {
		const fresh = now.phases.find((f) => f.phase === p.phase);
		const open = run.steps
			.filter((s) => s.phase === p.phase)
			.every((s) => waiting(context.steps[s.id]));
		if (!fresh || !open || fresh.accountable.seatId === p.accountable.seatId) return p;
		changes.push({
			stepId: null,
			phase: p.phase,
			what: 'phase-owner',
			from: p.accountable.label,
			to: fresh.accountable.label,
			cause: 'map',
			at: now.mapChangedAt,
			message: `The ${p.phase} phase: accountable owner changed from ${p.accountable.label} to ${fresh.accountable.label} ${after('map', now)}.`
		});
		return fresh;
	});
	const ended = context.launchedAt !== null || context.cancelledReason !== null;
	let internalOwner = run.internalOwner;
	if (!ended && now.internalOwner.seatId !== run.internalOwner.seatId) {
		changes.push({
			stepId: null,
			phase: null,
			what: 'internal-owner',
			from: run.internalOwner.label,
			to: now.internalOwner.label,
			cause: 'map',
			at: now.mapChangedAt,
			message: `Internal owner changed from ${run.internalOwner.label} to ${now.internalOwner.label} ${after('map', now)}.`
		});
		internalOwner = now.internalOwner;
	}
	if (changes.length === 0) return { run, changes, gated };
	return {
		run: { ...run, steps, phases, internalOwner, changes: [...(run.changes ?? []), ...changes] },
		changes,
		gated
	};
}

/**
 * The stored run with its plan and machine following `now` (followChanges, then FOLLOW_PLAN for
 * gates that came or went, stamped `at`); the run itself when nothing changed or `now` is null.
 */
export function followed(run: Run, now: CurrentResolution | null, at: string): Run {
	if (!now) return run;
	const out = followChanges(run, restore(run.snapshot).context, now);
	if (out.changes.length === 0) return run;
	return { ...out.run, snapshot: followPlan(run.snapshot, out.gated, at) };
}
