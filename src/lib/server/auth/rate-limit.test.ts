import { describe, expect, it } from 'vitest';
import { recent, retryAfterMs } from './rate-limit';

const limit = { limit: 3, windowMs: 60_000 };

describe('retryAfterMs', () => {
	it('refuses after the limit and lets the key in again once the window passes', () => {
		const attempts = [1_000_000, 1_001_000, 1_002_000];
		expect(retryAfterMs(attempts.slice(0, 2), limit, 1_003_000)).toBe(0);
		expect(retryAfterMs(attempts, limit, 1_003_000)).toBe(57_000);
		expect(retryAfterMs(attempts, limit, 1_060_000)).toBe(0);
	});

	it('keeps only the attempts inside the window, oldest first', () => {
		expect(recent([5_000, 70_000, 2_000], limit, 80_000)).toEqual([70_000]);
	});
});
