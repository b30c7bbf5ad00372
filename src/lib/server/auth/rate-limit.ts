/** A sliding-window limit: at most `limit` attempts within `windowMs` milliseconds. */
export interface Limit {
	limit: number;
	windowMs: number;
}

/** Five sign-in attempts per account, and thirty per client address, in 15 minutes. */
export const ACCOUNT_LIMIT: Limit = { limit: 5, windowMs: 15 * 60_000 };
export const ADDRESS_LIMIT: Limit = { limit: 30, windowMs: 15 * 60_000 };

/** The attempts (ms since 1970) still inside the window at `now`, oldest first. */
export const recent = (attempts: readonly number[], { windowMs }: Limit, now: number) =>
	attempts.filter((t) => t > now - windowMs).sort((a, b) => a - b);

/** Milliseconds until another attempt is allowed (0: allowed now), given the recent attempts. */
export function retryAfterMs(attempts: readonly number[], limit: Limit, now: number): number {
	const inWindow = recent(attempts, limit, now);
	if (inWindow.length < limit.limit) return 0;
	return inWindow[inWindow.length - limit.limit]! + limit.windowMs - now;
}
