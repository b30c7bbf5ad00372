import type { CompiledFlow } from './flows';
import { PARTS } from './stats';

/** One run of a flow through its steps, reused once it has left (see Replication). */
export interface Item {
	flow: number;
	/** Arrival time, hours. */
	arrival: number;
	/** Arrived inside the measured window: its lead time, waits and hand-offs count. */
	measured: boolean;
	/** Steps not yet finished; the item leaves at 0. */
	left: number;
	/** Per step, steps it still waits for; null for a chain (each step waits for the previous). */
	pending: number[] | null;
	/** Per step, rework rounds so far; null when the flow has no rework. */
	rounds: number[] | null;
	handoffs: number;
	/** Hours waited after hand-offs (from the sender's finish to the receiver's start). */
	handoffWait: number;
	/** Per step, PARTS hours of its own visits by part (PART_…), kept for measured items. */
	own: Float64Array;
	/** Per step, the step whose finish made it ready (-1 at arrival); null for a chain (j − 1). */
	critical: number[] | null;
}

/** A new item of flow `flow` arriving at `t` hours. */
export function newItem(flow: number, f: CompiledFlow, t: number, measured: boolean): Item {
	return {
		flow,
		arrival: t,
		measured,
		left: f.steps.length,
		pending: f.chain ? null : f.deps.slice(),
		rounds: f.hasRework ? f.noRounds.slice() : null,
		handoffs: 0,
		handoffWait: 0,
		own: new Float64Array(f.steps.length * PARTS),
		critical: f.chain ? null : Array.from({ length: f.steps.length }, () => 0)
	};
}

/** A finished item of the same flow arriving again at `t`; its own hours were zeroed when it left. */
export function reuseItem(item: Item, f: CompiledFlow, t: number, measured: boolean): void {
	item.arrival = t;
	item.measured = measured;
	item.left = f.steps.length;
	const { pending, rounds } = item;
	if (pending !== null) for (let k = 0; k < pending.length; k++) pending[k] = f.deps[k]!;
	if (rounds !== null) rounds.fill(0);
	item.handoffs = 0;
	item.handoffWait = 0;
}
