import { describe, expect, it } from 'vitest';
import { roadmapFlags, type FlagContext, type FlagKind } from './flags';
import { CROSS_LANE } from './ownership';
import { initiative, owner } from './testing';

const ctx = (over: Partial<FlagContext> = {}): FlagContext => ({
	quarter: '2027-Q1',
	owners: [owner()],
	ownership: { enterprise: ['gtm-a'], [CROSS_LANE]: ['cmo'] },
	reviews: [],
	now: new Date('2027-02-01T12:00:00Z'),
	...over
});

const kinds = (flags: { kind: FlagKind }[]) => flags.map((f) => f.kind).sort();

describe('roadmapFlags', () => {
	it('raises nothing for a plan inside the limit, hours, order and ownership', () => {
		const plan = [
			initiative({ id: 'a', startWeek: 1, endWeek: 4 }),
			initiative({ id: 'b', startWeek: 5, endWeek: 8, dependsOn: ['a'] })
		];
		expect(roadmapFlags(plan, ctx())).toEqual([]);
	});

	const cases: {
		name: string;
		plan: ReturnType<typeof initiative>[];
		kind: FlagKind;
		text: RegExp;
	}[] = [
		{
			name: 'an owner over the concurrent-initiative limit',
			plan: [1, 2, 3].map((n) =>
				initiative({ id: `i${n}`, effortHoursPerWeek: 2, startWeek: 2, endWeek: 3 })
			),
			kind: 'over-limit',
			text: /Ana \(GTM Marketer\) runs 3 initiatives at once in weeks 2–3; capacity after recurring work allows 2/
		},
		{
			name: 'an owner past the hours left after recurring work',
			plan: [initiative({ id: 'big', effortHoursPerWeek: 13, startWeek: 4, endWeek: 4 })],
			kind: 'over-hours',
			text: /needs 13 h a week for initiatives in week 4, but has 12 h left after recurring work/
		},
		{
			name: 'a protected planning block eaten by initiatives',
			plan: [initiative({ id: 'mid', effortHoursPerWeek: 10, startWeek: 1, endWeek: 2 })],
			kind: 'planning-eaten',
			text: /take the protected planning time in weeks 1–2: 8 h a week is free/
		},
		{
			name: 'a dependency that ends after its dependant starts',
			plan: [
				initiative({ id: 'a', title: 'Research', effortHoursPerWeek: 2, startWeek: 1, endWeek: 6 }),
				initiative({
					id: 'b',
					title: 'Launch',
					effortHoursPerWeek: 2,
					startWeek: 5,
					endWeek: 8,
					dependsOn: ['a']
				})
			],
			kind: 'dependency-order',
			text: /"Launch" starts in week 5 but depends on "Research", which ends in week 6/
		},
		{
			name: 'an outcome that is only "awareness"',
			plan: [
				initiative({ id: 'v', outcome: { metric: 'brand awareness', baseline: 1, target: 2 } })
			],
			kind: 'no-outcome',
			text: /measures "brand awareness", which names no measure/
		},
		{
			name: 'an outcome without a target',
			plan: [initiative({ id: 't', outcome: { metric: 'win rate %', baseline: 20 } })],
			kind: 'no-outcome',
			text: /has no target for "win rate %"/
		},
		{
			name: 'an owner outside the audience ownership',
			plan: [initiative({ id: 'x', audienceId: null })],
			kind: 'outside-ownership',
			text: /Ana \(GTM Marketer\) owns "Initiative x" but is not accountable for any cross-audience work/
		}
	];
	for (const c of cases)
		it(`flags ${c.name}, with its reason`, () => {
			const flags = roadmapFlags(c.plan, ctx());
			const flag = flags.find((f) => f.kind === c.kind);
			expect(flag?.message).toMatch(c.text);
			expect(kinds(flags)).toEqual([c.kind]);
		});

	it('names the initiatives of the weeks over the limit', () => {
		const plan = [
			initiative({ id: 'a', effortHoursPerWeek: 1, startWeek: 1, endWeek: 2 }),
			initiative({ id: 'b', effortHoursPerWeek: 1, startWeek: 2, endWeek: 5 }),
			initiative({ id: 'c', effortHoursPerWeek: 1, startWeek: 2, endWeek: 2 }),
			initiative({ id: 'late', effortHoursPerWeek: 1, startWeek: 9, endWeek: 9 })
		];
		const flag = roadmapFlags(plan, ctx()).find((f) => f.kind === 'over-limit');
		expect(flag?.initiativeIds.sort()).toEqual(['a', 'b', 'c']);
	});

	it('does not count done or dropped initiatives against the owner', () => {
		const plan = [1, 2, 3].map((n) =>
			initiative({ id: `i${n}`, effortHoursPerWeek: 2, status: n === 3 ? 'done' : 'planned' })
		);
		expect(roadmapFlags(plan, ctx())).toEqual([]);
	});

	it('flags a quarter that passed without a review, and not once it has one', () => {
		const after = new Date('2027-04-10T12:00:00Z');
		expect(kinds(roadmapFlags([], ctx({ now: after })))).toEqual(['no-review']);
		expect(
			roadmapFlags([], ctx({ now: after, reviews: [{ at: '2027-02-01T10:00:00Z' }] }))
		).toEqual([]);
		expect(roadmapFlags([], ctx())).toEqual([]);
	});
});
