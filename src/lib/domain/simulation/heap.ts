/**
 * A minimal binary min-heap of simulation events, ordered by time (hours) and then by insertion
 * order, so that two events at the same instant are always handled in the order they were
 * scheduled and a run is reproducible.
 */
export interface Timed {
	/** Clock time of the event, in working hours since the start of the run. */
	time: number;
	/** Insertion number, set by the heap; breaks ties between events at the same time. */
	seq?: number;
}

export class EventHeap<T extends Timed> {
	private items: T[] = [];
	private counter = 0;

	get size(): number {
		return this.items.length;
	}

	/** The earliest event without removing it, or undefined when empty. */
	peek(): T | undefined {
		return this.items[0];
	}

	push(item: T): void {
		item.seq = this.counter++;
		const a = this.items;
		let i = a.length;
		a.push(item);
		while (i > 0) {
			const p = (i - 1) >> 1;
			const parent = a[p]!;
			if (!before(item, parent)) break;
			a[i] = parent;
			i = p;
		}
		a[i] = item;
	}

	/** Removes and returns the earliest event, or undefined when empty. */
	pop(): T | undefined {
		const a = this.items;
		if (a.length === 0) return undefined;
		const top = a[0];
		const last = a.pop() as T;
		if (a.length > 0) {
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				if (l >= a.length) break;
				const r = l + 1;
				const c = r < a.length && before(a[r]!, a[l]!) ? r : l;
				const child = a[c]!;
				if (!before(child, last)) break;
				a[i] = child;
				i = c;
			}
			a[i] = last;
		}
		return top;
	}
}

function before(a: Timed, b: Timed): boolean {
	return a.time < b.time || (a.time === b.time && (a.seq ?? 0) < (b.seq ?? 0));
}

/**
 * A binary min-heap of slot numbers keyed by time (hours), ties broken by insertion order, kept
 * in typed arrays so the engine's inner loop allocates nothing. The engine keeps what each slot
 * means; `pop` returns the slot of the earliest entry and leaves its time in `time`.
 */
export class SlotHeap {
	private times = new Float64Array(64);
	private seqs = new Float64Array(64);
	private slots = new Int32Array(64);
	private counter = 0;
	size = 0;
	/** Time of the entry `pop` last returned, hours. */
	time = 0;

	push(time: number, slot: number): void {
		if (this.size === this.times.length) this.grow();
		const { times, seqs, slots } = this;
		const seq = this.counter++;
		let i = this.size++;
		while (i > 0) {
			const p = (i - 1) >> 1;
			const pt = times[p]!;
			if (pt < time || (pt === time && seqs[p]! < seq)) break;
			times[i] = pt;
			seqs[i] = seqs[p]!;
			slots[i] = slots[p]!;
			i = p;
		}
		times[i] = time;
		seqs[i] = seq;
		slots[i] = slot;
	}

	/** Removes the earliest entry and returns its slot, or -1 when empty. */
	pop(): number {
		if (this.size === 0) return -1;
		const { times, seqs, slots } = this;
		const top = slots[0]!;
		this.time = times[0]!;
		const n = --this.size;
		const t = times[n]!;
		const s = seqs[n]!;
		const slot = slots[n]!;
		let i = 0;
		for (;;) {
			let c = 2 * i + 1;
			if (c >= n) break;
			const r = c + 1;
			if (r < n && (times[r]! < times[c]! || (times[r] === times[c] && seqs[r]! < seqs[c]!))) c = r;
			const ct = times[c]!;
			if (t < ct || (t === ct && s < seqs[c]!)) break;
			times[i] = ct;
			seqs[i] = seqs[c]!;
			slots[i] = slots[c]!;
			i = c;
		}
		times[i] = t;
		seqs[i] = s;
		slots[i] = slot;
		return top;
	}

	private grow() {
		const n = this.times.length * 2;
		const times = new Float64Array(n);
		const seqs = new Float64Array(n);
		const slots = new Int32Array(n);
		times.set(this.times);
		seqs.set(this.seqs);
		slots.set(this.slots);
		Object.assign(this, { times, seqs, slots });
	}
}
