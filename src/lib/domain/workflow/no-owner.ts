import { addWorkingDays, spoken, type CalendarDate } from './calendar';
import type { Escalation } from './escalations';
import { launchSlip, moves } from './launch-slip';
import type { RunView, StepView } from './run-view';

const open = (run: RunView) => run.steps.filter((s) => s.status !== 'done');
const waiting = (s: StepView) => s.status === 'notStarted' && s.rounds === 0;

/** The date an owner must be named by: when `step` starts, or today when that has passed. */
const byWhen = (step: StepView, today: CalendarDate) => (step.start < today ? today : step.start);

/**
 * The `no-owner` escalations of one run on `today`: a step with no resolvable owner, a phase
 * with open work and no accountable owner, and a run with no internal owner. Each says what is
 * missing, by when (the start of the first waiting step concerned) and how many business days
 * the launch date moves if that step cannot start before tomorrow.
 */
export function noOwnerEscalations(
	run: RunView,
	today: CalendarDate,
	reworkShare: number
): Escalation[] {
	if (run.state === 'cancelled') return [];
	const out: Escalation[] = [];
	const tomorrow = addWorkingDays(today, 1);
	const heldFrom = (steps: StepView[]) =>
		launchSlip(run, today, reworkShare, new Map(steps.map((s) => [s.id, tomorrow]))).days;
	const push = (stepId: string | null, message: string, days: number) =>
		out.push({ kind: 'no-owner', runId: run.id, stepId, message, days });

	for (const s of open(run).filter((s) => !s.owner.seatId)) {
		const days = heldFrom([s]);
		push(
			s.id,
			`${s.name} has no clear owner (${s.owner.label.replace(/^No clear owner: /, '')}); it is due ${spoken(s.due)}, and without an owner today ${moves(days)}.`,
			days
		);
	}
	for (const p of run.phases) {
		const steps = open(run).filter((s) => s.phase === p.phase);
		if (p.accountable.seatId || steps.length === 0) continue;
		const next = steps.filter(waiting);
		const first = [...(next.length > 0 ? next : steps)].sort((a, b) =>
			a.start.localeCompare(b.start)
		)[0]!;
		const days = heldFrom(next);
		push(
			first.id,
			`The ${p.phase} phase has no accountable owner (the accountability map names nobody for most of its steps); name one by ${spoken(byWhen(first, today))}, when ${first.name} ${first.start < today ? 'was due to start' : 'starts'}: without one today nobody signs off its hand-offs and ${moves(days)}.`,
			days
		);
	}
	const rest = open(run);
	if (!run.internalOwner.seatId && rest.length > 0) {
		const ready = rest.filter(
			(s) => waiting(s) && s.dependsOn.every((d) => !rest.some((r) => r.id === d))
		);
		const first = [...(ready.length > 0 ? ready : rest)].sort((a, b) =>
			a.start.localeCompare(b.start)
		)[0]!;
		const days = heldFrom(ready);
		const why = run.internalOwner.label.replace(/^No internal owner: /, '');
		push(
			null,
			`${run.brief.campaignName} has no internal owner (${why}); name one by ${spoken(byWhen(first, today))}, when ${first.name} ${first.start < today ? 'was due to start' : 'starts'}: until then nobody answers for the brief, its inputs and its escalations, and without one today ${moves(days)}.`,
			days
		);
	}
	return out;
}
