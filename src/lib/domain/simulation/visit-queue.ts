/**
 * The visits waiting at each station, first come first served. A visit's fields live in typed
 * arrays by slot and each station's waiting visits form a linked list of slots, so queueing
 * allocates nothing once the arrays have grown; the queues outlast a replication. `shift`
 * copies the station's first visit into the queue's own fields (`item`, `step`, …).
 */
export class VisitQueues<I> {
	private readonly first: Int32Array;
	private readonly last: Int32Array;
	private next = new Int32Array(64);
	private steps = new Int32Array(64);
	private reviewers = new Int32Array(64);
	private releasedAt = new Float64Array(64);
	private enqueuedAt = new Float64Array(64);
	private readonly items: (I | null)[] = [];
	/** Slots free to reuse (the first `freeCount`), and slots ever used. */
	private free = new Int32Array(64);
	private freeCount = 0;
	private used = 0;

	// The visit `shift` last returned.
	item: I | null = null;
	step = 0;
	/** For a rework visit, the reviewing step that sent the work back; else -1. */
	reviewer = -1;
	/** When the work became ready to move, hours. */
	released = 0;
	/** When the visit joined the queue, hours. */
	enqueued = 0;

	constructor(stations: number) {
		this.first = new Int32Array(stations).fill(-1);
		this.last = new Int32Array(stations).fill(-1);
	}

	/** Whether a visit waits at station k. */
	waiting(k: number): boolean {
		return this.first[k]! >= 0;
	}

	/** Puts a visit at the back of station k's queue. */
	push(
		k: number,
		item: I,
		step: number,
		reviewer: number,
		released: number,
		enqueued: number
	): void {
		let slot: number;
		if (this.freeCount > 0) slot = this.free[--this.freeCount]!;
		else {
			slot = this.used++;
			if (slot === this.steps.length) this.grow();
			this.items.push(null);
		}
		this.items[slot] = item;
		this.steps[slot] = step;
		this.reviewers[slot] = reviewer;
		this.releasedAt[slot] = released;
		this.enqueuedAt[slot] = enqueued;
		this.next[slot] = -1;
		const tail = this.last[k]!;
		if (tail < 0) this.first[k] = slot;
		else this.next[tail] = slot;
		this.last[k] = slot;
	}

	/** Takes the first visit waiting at station k (there must be one) into `item`, `step`, …. */
	shift(k: number): void {
		const slot = this.first[k]!;
		this.item = this.items[slot]!;
		this.items[slot] = null;
		this.step = this.steps[slot]!;
		this.reviewer = this.reviewers[slot]!;
		this.released = this.releasedAt[slot]!;
		this.enqueued = this.enqueuedAt[slot]!;
		const after = this.next[slot]!;
		this.first[k] = after;
		if (after < 0) this.last[k] = -1;
		this.free[this.freeCount++] = slot;
	}

	/** Empties every queue (a new replication). */
	clear(): void {
		this.first.fill(-1);
		this.last.fill(-1);
		this.items.fill(null);
		this.item = null;
		this.freeCount = 0;
		for (let i = this.used - 1; i >= 0; i--) this.free[this.freeCount++] = i;
	}

	private grow() {
		const n = 2 * this.steps.length;
		const wider = <A extends Int32Array | Float64Array>(a: A, b: A): A => {
			b.set(a);
			return b;
		};
		this.next = wider(this.next, new Int32Array(n));
		this.steps = wider(this.steps, new Int32Array(n));
		this.reviewers = wider(this.reviewers, new Int32Array(n));
		this.releasedAt = wider(this.releasedAt, new Float64Array(n));
		this.enqueuedAt = wider(this.enqueuedAt, new Float64Array(n));
		this.free = wider(this.free, new Int32Array(n));
	}
}
