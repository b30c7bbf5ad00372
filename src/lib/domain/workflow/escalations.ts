import { addWorkingDays, businessDays, spoken, type CalendarDate } from './calendar';
import { launchSlip, moves } from './launch-slip';
import { noOwnerEscalations } from './no-owner';
import type { RunView, StepView } from './run-view';

export { launchSlip } from './launch-slip';

export const escalationKinds = [
	'missing-input',
	'deadline-moved',
	'owner-overloaded',
	'no-owner',
	'outside-brief',
	'launch-at-risk',
	'decision-needed'
] as const;
export type EscalationKind = (typeof escalationKinds)[number];

/** One escalation: what, by when and the consequence in business days (seed 001's form). */
export interface Escalation {
	kind: EscalationKind;
	runId: string;
	stepId: string | null;
	message: string;
	/** Business days the launch date moves if nothing is done (0 when it holds). */
	days: number;
}

/** A seat's run work in the coming week against its focused hours (from the scenario). */
export interface SeatLoad {
	seatId: string;
	label: string;
	/** Hours of open run steps due within the next five working days, across runs. */
	hours: number;
	/** Focused hours a week: hoursPerWeek × FTE × focus factor. */
	capacity: number;
	runs: number;
}

const open = (run: RunView) =>
	run.state !== 'cancelled' ? run.steps.filter((s) => s.status !== 'done') : [];

const names = (steps: StepView[]) => steps.map((s) => s.name).join(' and ');

/**
 * The escalations of one run on `today`, each with a specific message: an input missing that
 * will hold a dependency, a deadline moved more than once, an owner overloaded across runs
 * (`load`), a step or phase without a clear owner, work added outside the brief, the launch
 * date at risk (the projected critical path ends after it) and decisions waiting on approvers.
 */
export function escalationsOf(
	run: RunView,
	today: CalendarDate,
	reworkShare: number,
	load: readonly SeatLoad[] = []
): Escalation[] {
	if (run.state === 'cancelled') return [];
	const out: Escalation[] = [];
	const base = launchSlip(run, today, reworkShare);
	const push = (kind: EscalationKind, stepId: string | null, message: string, days: number) =>
		out.push({ kind, runId: run.id, stepId, message, days });
	const byId = new Map(run.steps.map((s) => [s.id, s]));
	const waiting = (s: StepView) => run.steps.filter((t) => t.dependsOn.includes(s.id));

	for (const input of run.inputs) {
		const step = byId.get(input.stepId);
		if (input.received || input.dueDate > today || !step || step.status === 'done') continue;
		push(
			'missing-input',
			step.id,
			`${input.name} was due ${spoken(input.dueDate)}, ${step.name} starts ${spoken(step.start)}, and without it today ${moves(base.days)}.`,
			base.days
		);
	}
	for (const s of open(run)) {
		if (s.dueHistory.length >= 2)
			push(
				'deadline-moved',
				s.id,
				`${s.name} has moved ${s.dueHistory.length} times, from ${spoken(s.dueHistory[0]!)} to ${spoken(s.due)}; ${moves(base.days)}.`,
				base.days
			);
		if (s.added)
			push(
				'outside-brief',
				s.id,
				`${s.name} was added outside the brief (${s.added.reason}); it is due ${spoken(s.due)}, adds ${businessDays(s.durationDays)} of work, and ${moves(base.days)}. Agree it as a scope change.`,
				base.days
			);
		if (s.status === 'inReview' && s.gate) {
			const by = s.gate.feedbackDue < today ? today : s.gate.feedbackDue;
			const later = launchSlip(run, today, reworkShare, new Map([[s.id, addWorkingDays(by, 1)]]));
			const next = waiting(s);
			push(
				'decision-needed',
				s.id,
				`${s.gate.approver.label} must approve ${s.name} (${s.gate.approves}) by ${spoken(by)}${next.length ? `; ${names(next)} ${next.length === 1 ? 'waits' : 'wait'} for it` : ''}, and a day later ${moves(later.days - base.days)}.`,
				later.days - base.days
			);
		}
	}
	out.push(...noOwnerEscalations(run, today, reworkShare));
	for (const l of load) {
		const mine = open(run).filter(
			(s) => s.owner.seatId === l.seatId && s.due <= addWorkingDays(today, 5)
		);
		if (l.hours <= l.capacity || mine.length === 0) continue;
		const over = Math.ceil(((l.hours - l.capacity) / Math.max(l.capacity, 1)) * 5);
		push(
			'owner-overloaded',
			mine[0]!.id,
			`${l.label} has ${Math.round(l.hours)} hours of run work due in the next five business days across ${l.runs} run${l.runs === 1 ? '' : 's'} against ${Math.round(l.capacity)} focused hours; ${names(mine)} ${mine.length === 1 ? 'slips' : 'slip'} by about ${businessDays(over)} unless work moves.`,
			over
		);
	}
	if (base.days > 0 && base.finish)
		push(
			'launch-at-risk',
			run.launchStepId,
			`The critical path now ends ${spoken(base.finish)}, ${businessDays(base.days)} after the launch on ${spoken(run.brief.launchDate)}; move the launch date or cut scope by ${businessDays(base.days)}.`,
			base.days
		);
	return out;
}

/**
 * Run work per seat over the next five working days across runs, against the seat's focused
 * hours a week (`capacity` by seat id, hours/week).
 */
export function seatLoads(
	runs: readonly RunView[],
	today: CalendarDate,
	capacity: ReadonlyMap<string, number>
): SeatLoad[] {
	const horizon = addWorkingDays(today, 5);
	const bySeat = new Map<string, SeatLoad & { ids: Set<string> }>();
	for (const run of runs)
		for (const s of open(run)) {
			if (!s.owner.seatId || s.due > horizon || !capacity.has(s.owner.seatId)) continue;
			const l = bySeat.get(s.owner.seatId) ?? {
				seatId: s.owner.seatId,
				label: s.owner.label,
				hours: 0,
				capacity: capacity.get(s.owner.seatId)!,
				runs: 0,
				ids: new Set<string>()
			};
			l.hours += s.effortHours;
			l.ids.add(run.id);
			l.runs = l.ids.size;
			bySeat.set(s.owner.seatId, l);
		}
	return [...bySeat.values()].map(({ ids, ...l }) => (void ids, l));
}
