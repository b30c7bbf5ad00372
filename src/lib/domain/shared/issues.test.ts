import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, zodIssues } from './issues';

describe('formatPath', () => {
	it.each([
		[[], ''],
		[['design'], 'design'],
		[['design', 'seats', 3, 'fte'], 'design.seats[3].fte'],
		[[0, 'name'], '[0].name'],
		[['scenarios', 1, 'status'], 'scenarios[1].status'],
		[['byStarter', 'two-tower', 'label'], 'byStarter["two-tower"].label'],
		[['a b'], '["a b"]'],
		[['$ref', '_x1'], '$ref._x1'],
		[['seats', Symbol('hidden')], 'seats[Symbol(hidden)]']
	] as [PropertyKey[], string][])('%j → %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});

describe('zodIssues', () => {
	const schema = z.strictObject({
		name: z.string().min(1, 'must not be empty'),
		seats: z.array(z.strictObject({ fte: z.number().max(1, 'must be at most 1') }))
	});

	it('formats every issue with its path and zod message, in order', () => {
		const result = schema.safeParse({ name: '', seats: [{ fte: 0.5 }, { fte: 2 }] });
		expect(result.success).toBe(false);
		expect(zodIssues(result.error!)).toEqual([
			{ path: 'name', message: 'must not be empty' },
			{ path: 'seats[1].fte', message: 'must be at most 1' }
		]);
	});

	it('reports a problem with the whole value under the empty path', () => {
		const result = schema.safeParse('not an object');
		expect(zodIssues(result.error!)).toEqual([
			{ path: '', message: expect.stringMatching(/expected object/) }
		]);
	});

	it('names an unknown key by its own path', () => {
		const result = schema.safeParse({ name: 'x', seats: [{ fte: 1, extra: true }] });
		expect(zodIssues(result.error!)).toEqual([
			{ path: 'seats[0].extra', message: expect.stringContaining('not a known field') }
		]);
	});
});

describe('zodIssues with unknown fields', () => {
	it('names each unknown field by its full path', () => {
		const schema = z.strictObject({ seats: z.array(z.strictObject({ id: z.string() })) });
		const result = schema.safeParse({ seats: [{ id: 'a', bogus: 1, extra: 2 }] });
		expect(result.success).toBe(false);
		expect(zodIssues(result.error!)).toEqual([
			{ path: 'seats[0].bogus', message: 'is not a known field; remove it or check its spelling' },
			{ path: 'seats[0].extra', message: 'is not a known field; remove it or check its spelling' }
		]);
	});
});
