import { createActor, type SnapshotFrom } from 'xstate';
import { upgradeContext, type RunContext, type RunInput } from './run-context';
import {
	stepEventTypes,
	type FollowPlanEvent,
	type RunEvent,
	type RunEventRequest
} from './run-events';
import { refusals } from './run-rules';
import { runMachine, runStates, type RunState } from './run.machine';

const noInput: RunInput = { steps: [], inputs: [] };

export type RunSnapshot = SnapshotFrom<typeof runMachine>;
/** The persisted form of a run's snapshot, as stored (plain JSON). */
export type PersistedRun = Record<string, unknown>;

const persisted = (snapshot: RunSnapshot): PersistedRun =>
	JSON.parse(JSON.stringify(runMachine.getPersistedSnapshot(snapshot))) as PersistedRun;

/** The persisted snapshot of a new run: active, every step not started. */
export function startRun(input: RunInput): PersistedRun {
	const actor = createActor(runMachine, { input }).start();
	const out = persisted(actor.getSnapshot());
	actor.stop();
	return out;
}

/**
 * The live snapshot of a persisted one (no actor keeps running); a snapshot saved by an earlier
 * release gets the step fields it lacks (upgradeContext).
 */
export function restore(saved: PersistedRun): RunSnapshot {
	const context = upgradeContext(saved.context as RunContext);
	return runMachine.resolveState({ ...saved, context } as Parameters<
		typeof runMachine.resolveState
	>[0]);
}

export const stateOf = (snapshot: RunSnapshot): RunState => {
	const value = snapshot.value as string;
	return (runStates as readonly string[]).includes(value) ? (value as RunState) : 'active';
};

/** Why the run in its current state takes no such event. */
function stateRefusal(state: RunState, context: RunContext, type: RunEvent['type']): string {
	if (state === 'cancelled')
		return `the run is cancelled (${context.cancelledReason}); it takes no more events`;
	if (state === 'blocked')
		return type === 'UNBLOCK' || type === 'CANCEL'
			? `${type} is not possible now`
			: `the run is blocked (${context.blockedReason}); unblock it before ${type}`;
	if (state === 'launched') return `the run has launched; ${type} applies only before launch`;
	if (type === 'UNBLOCK') return 'the run is not blocked';
	if (type === 'RESOLVE') return 'the run is not escalated';
	if (type === 'ESCALATE') return `the run is already escalated (${context.escalatedReason})`;
	return `${type} is not possible while the run is ${state}`;
}

/** Events a launched run still takes: work on the steps after launch. */
const afterLaunch = new Set<string>([...stepEventTypes, 'RECEIVE_INPUT', 'ADD_WORK']);

/** Why the machine refuses `event` now, or null when it accepts it. */
export function refusalOf(snapshot: RunSnapshot, event: RunEvent): string | null {
	if (snapshot.can(event)) return null;
	const state = stateOf(snapshot);
	const closed =
		state === 'blocked' ||
		state === 'cancelled' ||
		(state === 'launched' && !afterLaunch.has(event.type));
	const check = refusals[event.type as keyof typeof refusals] as
		((c: RunContext, e: RunEvent) => string | null) | undefined;
	return (
		(closed ? null : check?.(snapshot.context, event)) ??
		stateRefusal(state, snapshot.context, event.type)
	);
}

export type Sent =
	{ ok: true; snapshot: RunSnapshot; persisted: PersistedRun } | { ok: false; reason: string };

/**
 * Sends one event to a restored run: the next snapshot to persist, or why the event is refused
 * (out of order, wrong state) with nothing changed.
 */
export function send(saved: PersistedRun, event: RunEvent): Sent {
	const restored = restore(saved);
	const reason = refusalOf(restored, event);
	if (reason) return { ok: false, reason };
	// The input only seeds a new run; a restored snapshot keeps its own context.
	const actor = createActor(runMachine, { snapshot: restored, input: noInput }).start();
	actor.send(event);
	const snapshot = actor.getSnapshot();
	actor.stop();
	return { ok: true, snapshot, persisted: persisted(snapshot) };
}

/**
 * The snapshot after the server's FOLLOW_PLAN event: steps never started take the review gates
 * `gated` says (true: gated); others keep theirs. Unchanged for a cancelled run.
 */
export function followPlan(saved: PersistedRun, gated: Record<string, boolean>, at: string) {
	const restored = restore(saved);
	if (stateOf(restored) === 'cancelled' || Object.keys(gated).length === 0) return saved;
	const event: FollowPlanEvent = { type: 'FOLLOW_PLAN', gated, at, by: 'system' };
	const actor = createActor(runMachine, { snapshot: restored, input: noInput }).start();
	actor.send(event);
	const out = persisted(actor.getSnapshot());
	actor.stop();
	return out;
}

/** One event the run accepts now, as a client would send it (step events name their step). */
export interface NextEvent {
	type: RunEventRequest['type'];
	stepId?: string;
}

/**
 * The events the machine accepts now: run events, and step events per step. Events that need
 * free text (a reason, a date) are tried with a placeholder, since their guards do not read it.
 */
export function nextEvents(snapshot: RunSnapshot): NextEvent[] {
	const probe = { at: '', by: '', reason: 'x', note: 'x', input: 'x' };
	const out: NextEvent[] = [];
	const ids = snapshot.context.order;
	for (const type of stepEventTypes)
		for (const stepId of ids) {
			const due = type === 'MOVE_DUE' ? { due: '1970-01-01' } : {};
			if (snapshot.can({ ...probe, ...due, type, stepId } as RunEvent)) out.push({ type, stepId });
		}
	for (const input of snapshot.context.inputs)
		if (snapshot.can({ ...probe, type: 'RECEIVE_INPUT', input: input.name }))
			out.push({ type: 'RECEIVE_INPUT' });
	const runLevel = ['BLOCK', 'UNBLOCK', 'ESCALATE', 'RESOLVE', 'LAUNCH', 'CANCEL'] as const;
	for (const type of runLevel) if (snapshot.can({ ...probe, type } as RunEvent)) out.push({ type });
	if (stateOf(snapshot) !== 'blocked' && stateOf(snapshot) !== 'cancelled')
		out.push({ type: 'ADD_WORK' });
	return dedupe(out);
}

const dedupe = (events: NextEvent[]) => {
	const seen = new Set<string>();
	return events.filter((e) => {
		const key = `${e.type}:${e.stepId ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
};
