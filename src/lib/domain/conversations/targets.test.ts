import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import { targetAt, targetChangeSchema } from './targets';

describe('targetAt', () => {
	const changes = [
		{ from: '2027-W01', target: 3 },
		{ from: '2026-W45', target: 2 }
	];

	it.each([
		['2026-W44', 1],
		['2026-W45', 2],
		['2026-W53', 2],
		['2027-W01', 3],
		['2030-W10', 3]
	])('in %s the target is %i', (week, target) => {
		expect(targetAt(changes)(week)).toBe(target);
		expect(targetAt(4)(week)).toBe(4);
	});
});

describe('targetChangeSchema', () => {
	it.each<[unknown, { path: string; message: string }[]]>([
		[{ from: '2026-W53', target: 2 }, []],
		[
			{ from: '2027-W53', target: 2 },
			[{ path: 'from', message: 'expected an ISO week such as 2026-W47 that exists in its year' }]
		],
		[{ from: '2026-W10', target: 0 }, [{ path: 'target', message: 'must be at least 1' }]],
		[{ from: '2026-W10', target: 1.5 }, [{ path: 'target', message: 'expected a whole number' }]]
	])('%j', (value, issues) => {
		const result = targetChangeSchema.safeParse(value);
		expect(result.success ? [] : zodIssues(result.error)).toEqual(issues);
	});
});
