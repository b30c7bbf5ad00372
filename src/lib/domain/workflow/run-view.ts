import { addWorkingDays } from './calendar';
import { nextEvents, restore, stateOf, type NextEvent } from './run-actor';
import type { InputState, StepState } from './run-context';
import type { RunState } from './run.machine';
import { followed, type CurrentResolution } from './follow';
import type { Gate, PlanChange, PlanStep, Run, SeatRef } from './run-schema';

/** A step as screens and the API show it: the plan merged with where it stands now. */
export interface StepView
	extends Omit<PlanStep, 'gate'>, Omit<StepState, 'phase' | 'dependsOn' | 'due'> {
	gate?: Gate;
	/** The date planned when the run started (the due date may have moved since). */
	plannedDue: string;
}

/** A run as the API answers it: plan, state, steps, and the events it accepts now. */
export interface RunView extends Omit<Run, 'snapshot' | 'steps'> {
	state: RunState;
	blockedReason: string | null;
	escalatedReason: string | null;
	cancelledReason: string | null;
	launchedAt: string | null;
	steps: StepView[];
	inputs: InputState[];
	nextEvents: NextEvent[];
	/** What the run followed since it started (owners, gates), oldest first. */
	changes: PlanChange[];
}

const unowned: SeatRef = { seatId: null, label: 'No clear owner: added outside the brief' };

/**
 * The stored run as its view: plan steps in order, then work added after the start. With `now`
 * (the current map's and policy's resolution) work not started yet follows it (follow.ts).
 */
export function runView(stored: Run, now: CurrentResolution | null = null): RunView {
	const run = followed(stored, now, stored.updatedAt);
	const { snapshot: saved, steps: plan, changes = [], ...rest } = run;
	const snapshot = restore(saved);
	const c = snapshot.context;
	const planned = new Map(plan.map((s) => [s.id, s]));
	const steps = c.order.map((id): StepView => {
		const state = c.steps[id]!;
		const p = planned.get(id);
		const { phase, dependsOn, due, ...live } = state;
		const base: PlanStep = p ?? {
			id,
			name: state.added?.name ?? id,
			activityId: '',
			phase,
			dependsOn,
			durationDays: 1,
			effortHours: 0,
			owner: unowned,
			start: due,
			due
		};
		const start = addWorkingDays(due, -(base.durationDays - 1));
		return { ...base, ...live, phase, dependsOn, due, start, plannedDue: base.due };
	});
	return {
		...rest,
		state: stateOf(snapshot),
		blockedReason: c.blockedReason,
		escalatedReason: c.escalatedReason,
		cancelledReason: c.cancelledReason,
		launchedAt: c.launchedAt,
		steps,
		inputs: c.inputs,
		nextEvents: nextEvents(snapshot),
		changes
	};
}
