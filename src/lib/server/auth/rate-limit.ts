/**
 * Counts failures per key in a sliding window; once `limit` failures fall inside `windowMs`,
 * the key is refused until the oldest of them ages out. Memory only: one server process.
 */
export class RateLimiter {
	readonly #failures = new Map<string, number[]>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		readonly now: () => number = Date.now
	) {}

	/** Milliseconds until `key` may try again; 0 when it may try now. */
	retryAfterMs(key: string): number {
		const recent = this.#recent(key);
		if (recent.length < this.limit) return 0;
		return recent[recent.length - this.limit]! + this.windowMs - this.now();
	}

	fail(key: string): void {
		this.#failures.set(key, [...this.#recent(key), this.now()]);
	}

	reset(key: string): void {
		this.#failures.delete(key);
	}

	#recent(key: string): number[] {
		const since = this.now() - this.windowMs;
		const recent = (this.#failures.get(key) ?? []).filter((t) => t > since);
		if (recent.length === 0) this.#failures.delete(key);
		else this.#failures.set(key, recent);
		return recent;
	}
}

/** Five wrong passwords per account and address in 15 minutes. */
export const signInLimiter = new RateLimiter(5, 15 * 60 * 1000);
