/** Every step of a History, as plain values (to keep it across a reload). */
export interface HistorySteps<T> {
	past: T[];
	current: T;
	future: T[];
}

/** Undo and redo over immutable values: every edit is a new value, so a step is a pointer move. */
export class History<T> {
	#past = $state.raw<T[]>([]);
	#future = $state.raw<T[]>([]);
	#current = $state.raw<T>() as T;
	readonly #limit: number;

	/** Keeps at most `limit` steps to undo. */
	constructor(initial: T, limit = 200) {
		this.#current = initial;
		this.#limit = limit;
	}

	get current(): T {
		return this.#current;
	}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}

	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	/** Records `next` as a new step; whatever was undone before can no longer be redone. */
	apply(next: T): void {
		this.#past = [...this.#past, this.#current].slice(-this.#limit);
		this.#current = next;
		this.#future = [];
	}

	undo(): T | undefined {
		const previous = this.#past.at(-1);
		if (previous === undefined) return undefined;
		this.#future = [this.#current, ...this.#future];
		this.#past = this.#past.slice(0, -1);
		this.#current = previous;
		return previous;
	}

	redo(): T | undefined {
		const next = this.#future[0];
		if (next === undefined) return undefined;
		this.#past = [...this.#past, this.#current];
		this.#future = this.#future.slice(1);
		this.#current = next;
		return next;
	}

	/** The steps to undo and redo, oldest first, keeping at most `keep` on each side. */
	steps(keep = this.#limit): HistorySteps<T> {
		return {
			past: this.#past.slice(-keep),
			current: this.#current,
			future: this.#future.slice(0, keep)
		};
	}

	/** Takes over steps kept earlier (see steps), as if they had been made here. */
	resume(steps: HistorySteps<T>): void {
		this.#past = steps.past.slice(-this.#limit);
		this.#current = steps.current;
		this.#future = steps.future;
	}

	/** Starts over from `value` (after a reload), forgetting every step. */
	reset(value: T): void {
		this.#past = [];
		this.#future = [];
		this.#current = value;
	}
}
