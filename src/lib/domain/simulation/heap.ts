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

	/** Removes every entry. */
	clear(): void {
		this.size = 0;
		this.counter = 0;
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
