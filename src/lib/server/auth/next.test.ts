import { describe, expect, it } from 'vitest';
import { safeNext } from './next';

describe('safeNext', () => {
	it.each([
		['/scenarios/abc?x=1', '/scenarios/abc?x=1'],
		[null, '/scenarios'],
		['https://evil.example', '/scenarios'],
		['//evil.example/path', '/scenarios'],
		['/\\evil.example', '/scenarios'],
		['scenarios', '/scenarios']
	])('%s → %s', (next, expected) => {
		expect(safeNext(next)).toBe(expected);
	});
});
