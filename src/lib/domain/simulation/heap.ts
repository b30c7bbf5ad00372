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
