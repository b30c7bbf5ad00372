import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, bodyTooLarge, formatBytes } from './body-limit';

describe('body limit', () => {
	it('is 8 MB, room for a 5 MB import file and a 20,000-seat scenario', () => {
		expect(BODY_LIMIT).toBe(8 * 1024 * 1024);
	});

	it('writes sizes as people read them', () => {
		expect(formatBytes(64 * 1024)).toBe('64 KB');
		expect(formatBytes(8 * 1024 * 1024)).toBe('8 MB');
		expect(formatBytes(9.3 * 1024 * 1024)).toBe('9.3 MB');
	});

	it('names the size sent and the limit in the 413', () => {
		const err = bodyTooLarge(BODY_LIMIT, 9 * 1024 * 1024);
		expect(err.status).toBe(413);
		expect(err.code).toBe('body_too_large');
		expect(err.message).toMatch(/^The request body is 9 MB; at most 8 MB is accepted here/);
		expect(err.details).toEqual({ limitBytes: BODY_LIMIT });
		expect(bodyTooLarge(64 * 1024).message).toMatch(/too large; at most 64 KB/);
	});
});
