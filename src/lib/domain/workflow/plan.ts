import { rowKey } from '../accountability/generate';
import { isAccountable, type AccountabilityMap } from '../accountability/schema';
import type { Activity } from '../catalogue/schema';
import { meanHours } from '../catalogue/effort';
import type { Design, Seat } from '../scenario/schema';
import type { Policy } from '../policy/schema';
import type { Issue } from '../shared/issues';
import { addWorkingDays } from './calendar';
import { afterApproval, approvalSubjectOf, reviewGatesOf } from './gates';
import type { RunInput } from './run-context';
import type { Brief, PhaseOwner, PlanStep, SeatRef } from './run-schema';
import { criticalPath, scheduleBack, topological } from './schedule';
import { phases, stepsOf, type Phase, type WorkflowTemplate } from './schema';

export type PlanActivity = Pick<Activity, 'id' | 'name' | 'craft' | 'scope' | 'effortHours'>;

export interface PlanInput {
	template: WorkflowTemplate;
	design: Design;
	audienceId: string;
	brief: Brief;
	activities: readonly PlanActivity[];
	/** The design's accountability map (overrides applied): who does, reviews and owns each step. */
	map: AccountabilityMap;
	/** Wait before a reviewer picks up a round, in working hours (models/simulation.json). */
	reviewLatencyHours: number;
	/** The approved guardrail policy, which decides the review gates of AI-drafted steps. */
	policy?: Policy | null;
}

export interface RunPlan {
	internalOwner: SeatRef;
	phases: PhaseOwner[];
	steps: PlanStep[];
	launchStepId: string | null;
	critical: string[];
	machine: RunInput;
}

/** A seat as a run names it: title and person, with the member email when linked. */
export function seatRef(seat: Seat | undefined, missing: string): SeatRef {
	if (!seat) return { seatId: null, label: missing };
	const label = seat.personName ? `${seat.title} (${seat.personName})` : seat.title;
	return { seatId: seat.id, label, ...(seat.memberEmail ? { email: seat.memberEmail } : {}) };
}

/** Working hours in one of the seat's days: hoursPerWeek / 5 × FTE (8 for a 40-hour week). */
const dayHours = (seat: Seat | undefined) => (seat ? (seat.hoursPerWeek / 5) * seat.fte : 8);

/** The accountable seat of a phase: the one accountable for most of its steps' rows. */
function accountableOf(
	map: AccountabilityMap,
	template: WorkflowTemplate,
	phase: Phase,
	audienceId: string
) {
	const counts = new Map<string, number>();
	for (const s of stepsOf(template).filter((s) => s.phase === phase)) {
		const row =
			map.rows.find((r) => r.key === rowKey(s.activityId, audienceId)) ??
			map.rows.find((r) => r.key === rowKey(s.activityId, null));
		const a = row?.cells.find((c) => isAccountable(c.role));
		if (a) counts.set(a.seatId, (counts.get(a.seatId) ?? 0) + 1);
	}
	return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
}

/**
 * A run of `template` for one audience: owners from the accountability map (the step's first
 * responsible seat, one accountable seat per phase), durations in working days (mean effort ×
 * units over the owner's focused hours a day, plus one review round's wait at a gate) and due
 * dates scheduled back from the brief's launch date; review gates as gates.ts decides them (the
 * approved policy's reviewer, else the map's). Problems with the brief come back as
 * issues naming its fields.
 */
export function planRun(input: PlanInput): { plan: RunPlan; issues: Issue[] } {
	const { template, design, audienceId, brief, map } = input;
	const seats = new Map(design.seats.map((s) => [s.id, s]));
	const facts = new Map(input.activities.map((a) => [a.id, a]));
	const gates = reviewGatesOf(
		template,
		input.policy
			? { policy: input.policy, design, audienceId, activities: input.activities }
			: undefined
	);
	const assigned = new Map(
		map.assignments
			.filter((a) => a.templateId === template.id && (a.audienceId ?? '') === audienceId)
			.map((a) => [a.stepId, a])
	);
	const issues: Issue[] = [];
	const steps = stepsOf(template).map((s) => {
		const a = assigned.get(s.id);
		const owner = seats.get(a?.seatIds[0] ?? '');
		const activity = facts.get(s.activityId);
		const effortHours = activity ? meanHours(activity.effortHours) * (s.units ?? 1) : 0;
		const focus = owner ? dayHours(owner) * owner.focusFactor : 4;
		const reviewer = seats.get((gates.get(s.id)?.seatIds ?? a?.review?.seatIds)?.[0] ?? '');
		const reviewDays = gates.has(s.id)
			? Math.ceil(input.reviewLatencyHours / dayHours(reviewer))
			: 0;
		return {
			step: s,
			activity,
			owner: seatRef(owner, `No clear owner: ${a?.unresolved ?? 'nobody resolves this step'}`),
			reviewer: seatRef(reviewer, 'No approver: nobody resolves the review gate'),
			effortHours,
			durationDays: Math.min(250, Math.max(1, Math.ceil(effortHours / focus)) + reviewDays)
		};
	});
	const launchStepId = template.phases.find((p) => p.phase === 'launch')?.steps[0]?.id ?? null;
	const slots = scheduleBack(
		steps.map((s) => ({
			id: s.step.id,
			dependsOn: s.step.dependsOn,
			durationDays: s.durationDays
		})),
		brief.launchDate,
		launchStepId
	);
	const critical = criticalPath(
		steps.map((s) => ({
			id: s.step.id,
			dependsOn: s.step.dependsOn,
			durationDays: s.durationDays
		})),
		slots,
		launchStepId
	);
	const planSteps: PlanStep[] = steps.map(
		({ step, activity, owner, reviewer, effortHours, durationDays }) => {
			const slot = slots.get(step.id)!;
			const gate = gates.get(step.id);
			const next = steps
				.filter((t) => t.step.dependsOn.includes(step.id))
				.map((t) => t.activity?.name ?? t.step.id);
			return {
				id: step.id,
				name: activity?.name ?? step.id,
				activityId: step.activityId,
				phase: step.phase,
				dependsOn: [...step.dependsOn],
				durationDays,
				effortHours: Math.round(effortHours * 10) / 10,
				owner,
				start: slot.start,
				due: slot.due,
				...(gate
					? {
							gate: {
								approver: reviewer,
								approves: approvalSubjectOf(activity?.craft),
								checklist: gate.checklist,
								timing: gate.timing,
								feedbackDue: slot.due,
								after: afterApproval(next)
							}
						}
					: {})
			};
		}
	);
	const ownerSeat = brief.ownerSeatId
		? seats.get(brief.ownerSeatId)
		: design.seats.find((s) => s.audienceIds.includes(audienceId));
	if (brief.ownerSeatId && !ownerSeat)
		issues.push({
			path: 'brief.ownerSeatId',
			message: `expected a seat of the current scenario, found "${brief.ownerSeatId}"`
		});
	const first = topological(planSteps)[0]!;
	const inputs = brief.requiredInputs.map((r, i) => {
		const needing = planSteps.find((s) => s.id === (r.stepId ?? first.id));
		if (!needing)
			issues.push({
				path: `brief.requiredInputs[${i}].stepId`,
				message: `expected a step of ${template.name}: ${planSteps.map((s) => s.id).join(', ')}`
			});
		const step = needing ?? first;
		return { name: r.name, stepId: step.id, dueDate: r.dueDate ?? addWorkingDays(step.start, -1) };
	});
	const usedPhases = phases.filter((p) => planSteps.some((s) => s.phase === p));
	return {
		issues,
		plan: {
			internalOwner: seatRef(ownerSeat, 'No internal owner: nobody owns the audience'),
			phases: usedPhases.map((phase) => ({
				phase,
				accountable: seatRef(
					seats.get(accountableOf(map, template, phase, audienceId) ?? ''),
					'No accountable owner'
				)
			})),
			steps: planSteps,
			launchStepId,
			critical: [...critical],
			machine: {
				steps: planSteps.map((s) => ({
					id: s.id,
					phase: s.phase,
					dependsOn: s.dependsOn,
					gated: !!s.gate,
					due: s.due
				})),
				inputs
			}
		}
	};
}
