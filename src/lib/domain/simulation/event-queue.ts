import { SlotHeap } from './heap';

/**
 * The future events of a replication, earliest first (ties in the order they were scheduled).
 * An event is what happens (kind, flow, item, step) and what it carries along; its fields live
 * in typed arrays by slot, reused once it has been handled, so scheduling allocates nothing
 * once the arrays have grown and the queue outlasts a replication. `pop` copies the earliest
 * event into the queue's own fields (`time`, `kind`, …), where the engine reads it.
 */
export class EventQueue<I> {
	private readonly heap = new SlotHeap();
	private kinds = new Int32Array(64);
	private flows = new Int32Array(64);
	private steps = new Int32Array(64);
	private reviewers = new Int32Array(64);
	private sendBacks = new Uint8Array(64);
	private releasedAt = new Float64Array(64);
	private readonly items: (I | null)[] = [];
	/** Slots free to reuse (the first `freeCount`), and slots ever used. */
	private free = new Int32Array(64);
	private freeCount = 0;
	private used = 0;

	// The event `pop` last returned.
	/** Its time, hours. */
	time = 0;
	kind = 0;
	flow = 0;
	item: I | null = null;
	step = 0;
	/** For a rework visit, the reviewing step that sent the work back; else -1. */
	reviewer = -1;
	/** A review visit that will send the work back when it finishes. */
	sendBack = false;
	/** When the work became ready to move (the finish of what it waited for), hours. */
	released = 0;

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
		let slot: number;
		if (this.freeCount > 0) slot = this.free[--this.freeCount]!;
		else {
			slot = this.used++;
			if (slot === this.kinds.length) this.grow();
			this.items.push(null);
		}
		this.kinds[slot] = kind;
		this.flows[slot] = flow;
		this.items[slot] = item;
		this.steps[slot] = step;
		this.reviewers[slot] = reviewer;
		this.sendBacks[slot] = sendBack ? 1 : 0;
		this.releasedAt[slot] = released;
		this.heap.push(time, slot);
	}

	/** Takes the earliest event into `time`, `kind`, …; false when none is left. */
	pop(): boolean {
		const slot = this.heap.pop();
		if (slot < 0) return false;
		this.time = this.heap.time;
		this.kind = this.kinds[slot]!;
		this.flow = this.flows[slot]!;
		this.item = this.items[slot]!;
		this.items[slot] = null;
		this.step = this.steps[slot]!;
		this.reviewer = this.reviewers[slot]!;
		this.sendBack = this.sendBacks[slot] === 1;
		this.released = this.releasedAt[slot]!;
		this.free[this.freeCount++] = slot;
		return true;
	}

	/** Forgets every event (a new replication). */
	clear(): void {
		this.heap.clear();
		this.items.fill(null);
		this.item = null;
		this.freeCount = 0;
		for (let i = this.used - 1; i >= 0; i--) this.free[this.freeCount++] = i;
	}

	private grow() {
		const n = 2 * this.kinds.length;
		const wider = <A extends Int32Array | Uint8Array | Float64Array>(a: A, b: A): A => {
			b.set(a);
			return b;
		};
		this.kinds = wider(this.kinds, new Int32Array(n));
		this.flows = wider(this.flows, new Int32Array(n));
		this.steps = wider(this.steps, new Int32Array(n));
		this.reviewers = wider(this.reviewers, new Int32Array(n));
		this.sendBacks = wider(this.sendBacks, new Uint8Array(n));
		this.releasedAt = wider(this.releasedAt, new Float64Array(n));
		this.free = wider(this.free, new Int32Array(n));
	}
}
