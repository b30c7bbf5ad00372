/**
 * A map of at most `max` entries that forgets the least recently used one first. A Map keeps
 * insertion order, so re-inserting on every read is all the bookkeeping LRU needs.
 */
export class Lru<K, V> {
	readonly #entries = new Map<K, V>();

	constructor(readonly max: number) {
		if (!Number.isInteger(max) || max < 1)
			throw new RangeError(`max: expected a whole number ≥ 1, got ${max}`);
	}

	get size(): number {
		return this.#entries.size;
	}

	has(key: K): boolean {
		return this.#entries.has(key);
	}

	/** The value under `key`, now the most recently used; undefined when absent. */
	get(key: K): V | undefined {
		if (!this.#entries.has(key)) return undefined;
		const value = this.#entries.get(key) as V;
		this.#entries.delete(key);
		this.#entries.set(key, value);
		return value;
	}

	/** Stores `value` as the most recently used, forgetting the oldest entries past `max`. */
	set(key: K, value: V): void {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		for (const oldest of this.#entries.keys()) {
			if (this.#entries.size <= this.max) break;
			this.#entries.delete(oldest);
		}
	}

	clear(): void {
		this.#entries.clear();
	}
}
