import { SlotHeap } from './heap';

/** An event: what happens (kind, flow, item, step) and what it carries along. */
export interface SimEvent<I> {
	kind: number;
	flow: number;
	item: I | null;
	step: number;
	/** For a rework visit, the reviewing step that sent the work back; else -1. */
	reviewer: number;
	/** A review visit that will send the work back when it finishes. */
	sendBack: boolean;
	/** When the work became ready to move (the finish of what it waited for), hours. */
	released: number;
}

/**
 * The future events of a replication, earliest first (ties in the order they were scheduled).
 * Events live in a pool of reused objects whose slot numbers the heap orders by time, so
 * scheduling allocates nothing once the pool has grown; the pool outlasts a replication.
 */
export class EventQueue<I> {
	private readonly heap = new SlotHeap();
	private readonly pool: SimEvent<I>[] = [];
	private readonly free: number[] = [];
	/** Time of the event `pop` last returned, hours. */
	time = 0;

	/** Schedules an event at `time` hours. */
	push(
		time: number,
		kind: number,
		flow: number,
		item: I | null,
		step: number,
		reviewer: number,
		sendBack: boolean,
		released: number
	): void {
		let slot = this.free.pop();
		if (slot === undefined) {
			slot = this.pool.length;
			this.pool.push({ kind, flow, item, step, reviewer, sendBack, released });
		} else {
			const e = this.pool[slot]!;
			e.kind = kind;
			e.flow = flow;
			e.item = item;
			e.step = step;
			e.reviewer = reviewer;
			e.sendBack = sendBack;
			e.released = released;
		}
		this.heap.push(time, slot);
	}

	/**
	 * The earliest event (its time in `time`), or null when none is left. Its slot is free
	 * again: read it before scheduling anything.
	 */
	pop(): SimEvent<I> | null {
		const slot = this.heap.pop();
		if (slot < 0) return null;
		this.time = this.heap.time;
		this.free.push(slot);
		return this.pool[slot]!;
	}

	/** Forgets every event (a new replication). */
	clear(): void {
		this.heap.clear();
		this.free.length = 0;
		for (let i = this.pool.length - 1; i >= 0; i--) {
			this.pool[i]!.item = null;
			this.free.push(i);
		}
	}
}
