import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
	it('refuses after the limit and lets the key in again once the window passes', () => {
		let now = 1_000_000;
		const limiter = new RateLimiter(3, 60_000, () => now);
		for (let i = 0; i < 3; i++) {
			expect(limiter.retryAfterMs('a')).toBe(0);
			limiter.fail('a');
			now += 1000;
		}
		expect(limiter.retryAfterMs('a')).toBe(57_000);
		expect(limiter.retryAfterMs('b')).toBe(0);
		now += 57_000;
		expect(limiter.retryAfterMs('a')).toBe(0);
	});

	it('forgets failures after a success', () => {
		const limiter = new RateLimiter(2, 60_000, () => 5);
		limiter.fail('a');
		limiter.fail('a');
		limiter.reset('a');
		expect(limiter.retryAfterMs('a')).toBe(0);
	});
});
