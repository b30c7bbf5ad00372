/**
 * Lets a long parse give the event loop back: `await slice.tick()` inside a loop returns at once
 * until `budgetMs` milliseconds have passed since the last pause, then waits for a macrotask, so
 * a server keeps answering other requests while it reads a large file.
 */
/** setImmediate where there is one (Node: no 1 ms clamp), else setTimeout. */
const later: (run: () => void) => void =
	typeof setImmediate === 'function' ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

export class TimeSlice {
	#since = performance.now();
	#budgetMs: number;
	/** Pauses taken, for benchmarks. */
	pauses = 0;

	constructor(budgetMs = 15) {
		this.#budgetMs = budgetMs;
	}

	/** True when the budget of this slice is spent. */
	get due() {
		return performance.now() - this.#since >= this.#budgetMs;
	}

	/** Yields to the event loop when the slice is spent. */
	async tick(): Promise<void> {
		if (this.due) await this.pause();
	}

	async pause(): Promise<void> {
		this.pauses++;
		await new Promise<void>((resolve) => later(resolve));
		this.#since = performance.now();
	}
}

/** Runs `each` over `items`, yielding between slices. */
export async function forEachSliced<T>(
	items: readonly T[],
	slice: TimeSlice,
	each: (item: T, index: number) => void
): Promise<void> {
	for (let i = 0; i < items.length; i++) {
		each(items[i]!, i);
		if ((i & 63) === 63) await slice.tick();
	}
}

/** `for await (const item of sliced(items, slice))`: the items, yielding between slices. */
export async function* sliced<T>(items: readonly T[], slice?: TimeSlice): AsyncGenerator<T> {
	for (let i = 0; i < items.length; i++) {
		yield items[i]!;
		if (slice && (i & 63) === 63) await slice.tick();
	}
}
