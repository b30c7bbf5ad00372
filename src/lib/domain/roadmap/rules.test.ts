import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import { dependencyLoop, roadmapIssues } from './rules';
import { roadmapUpdateSchema } from './schema';
import { initiative } from './testing';

const design = {
	seats: [{ id: 'gtm-a' }, { id: 'cmo' }] as never,
	audiences: [{ id: 'enterprise' }] as never
};

const good = {
	id: 'a',
	title: 'Pipeline push',
	audienceId: 'enterprise',
	ownerSeatId: 'gtm-a',
	effortHoursPerWeek: 4,
	startWeek: 2,
	endWeek: 5
};

/** The issues of a PUT body: the schema first, then the rules against the design. */
function issuesOf(initiatives: unknown[]) {
	const parsed = roadmapUpdateSchema.safeParse({ version: 1, initiatives });
	if (!parsed.success) return zodIssues(parsed.error);
	return roadmapIssues(parsed.data.initiatives, design);
}

describe('bad input names the field', () => {
	const cases: [string, unknown[], string, RegExp][] = [
		[
			'an initiative ending before it starts',
			[{ ...good, startWeek: 6, endWeek: 3 }],
			'initiatives[0].endWeek',
			/must not be before startWeek \(6\)/
		],
		[
			'a week outside the quarter',
			[{ ...good, endWeek: 14 }],
			'initiatives[0].endWeek',
			/week of the quarter, 1–13/
		],
		[
			'week zero',
			[{ ...good, startWeek: 0 }],
			'initiatives[0].startWeek',
			/week of the quarter, 1–13/
		],
		[
			'a target with no metric',
			[{ ...good, outcome: { target: 40 } }],
			'initiatives[0].outcome.metric',
			/needs a metric/
		],
		[
			'an unknown owner',
			[{ ...good, ownerSeatId: 'ghost' }],
			'initiatives[0].ownerSeatId',
			/no seat "ghost"/
		],
		[
			'an unknown audience',
			[{ ...good, audienceId: 'smb' }],
			'initiatives[0].audienceId',
			/no audience "smb"/
		],
		[
			'a dependency loop',
			[
				{ ...good, id: 'a', dependsOn: ['c'] },
				{ ...good, id: 'b', dependsOn: ['a'] },
				{ ...good, id: 'c', dependsOn: ['b'] }
			],
			'initiatives[0].dependsOn',
			/a dependency loop: a → c → b → a/
		],
		[
			'a dependency on itself',
			[{ ...good, dependsOn: ['a'] }],
			'initiatives[0].dependsOn[0]',
			/cannot depend on itself/
		],
		[
			'an unknown dependency',
			[{ ...good, dependsOn: ['zz'] }],
			'initiatives[0].dependsOn[0]',
			/no initiative "zz"/
		],
		['a duplicate id', [good, good], 'initiatives[1].id', /used by initiatives\[0\]/],
		[
			'a missing effort',
			[{ ...good, effortHoursPerWeek: undefined }],
			'initiatives[0].effortHoursPerWeek',
			/hours per week/
		]
	];
	for (const [name, initiatives, path, message] of cases)
		it(`refuses ${name}`, () => {
			const issues = issuesOf(initiatives);
			expect(issues.map((i) => i.path)).toContain(path);
			expect(issues.find((i) => i.path === path)?.message).toMatch(message);
		});

	it('accepts a good plan with defaults filled in', () => {
		expect(issuesOf([good])).toEqual([]);
		const parsed = roadmapUpdateSchema.parse({ version: 0, initiatives: [good] });
		expect(parsed.initiatives[0]).toMatchObject({
			status: 'planned',
			dependsOn: [],
			outcome: { metric: '' }
		});
	});
});

describe('dependencyLoop', () => {
	it('finds none in a chain and names the loop otherwise', () => {
		expect(
			dependencyLoop([initiative({ id: 'a' }), initiative({ id: 'b', dependsOn: ['a'] })])
		).toBeNull();
		expect(
			dependencyLoop([
				initiative({ id: 'a', dependsOn: ['b'] }),
				initiative({ id: 'b', dependsOn: ['a'] })
			])
		).toEqual(['a', 'b', 'a']);
	});
});
