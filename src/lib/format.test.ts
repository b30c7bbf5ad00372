import { describe, expect, it } from 'vitest';
import { formatCount } from './format';

describe('formatCount', () => {
	it('writes whole numbers as en-GB does', () => {
		for (const n of [0, 7, 999, 1_000, 10_000, 123_456, 1_234_567, -4_500])
			expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
	});
});
