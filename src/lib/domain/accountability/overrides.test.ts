import { describe, expect, it } from 'vitest';
import { applyOverrides, overrideIssues } from './overrides';
import { overridesSchema, type Override } from './schema';
import { mapOf, starterDesign } from './testing';

const twoTower = () => mapOf(starterDesign('two-tower'));
const cell = (map: ReturnType<typeof twoTower>, key: string, seatId: string) =>
	map.rows.find((r) => r.key === key)!.cells.find((c) => c.seatId === seatId);

const design = 'design-asset';
// The enterprise GTM marketer designs their own assets instead of the design bench.
const toBench: Override[] = [
	{ activityId: design, audienceId: 'enterprise-finance', seatId: 'senior-designer', role: null },
	{ activityId: design, audienceId: 'enterprise-finance', seatId: 'designer', role: null },
	{ activityId: design, audienceId: 'enterprise-finance', seatId: 'gtm-enterprise', role: 'A/R' }
];

describe('applyOverrides', () => {
	it('replaces the named cells, marks them and keeps what generation said', () => {
		const map = applyOverrides(twoTower(), toBench);
		expect(cell(map, `${design}@enterprise-finance`, 'senior-designer')).toBeUndefined();
		expect(cell(map, `${design}@enterprise-finance`, 'gtm-enterprise')).toEqual({
			seatId: 'gtm-enterprise',
			role: 'A/R',
			overridden: true,
			generated: 'A'
		});
		expect(cell(map, `${design}@mid-market-finance`, 'gtm-mid-market')?.overridden).toBeUndefined();
	});

	it('sends the overridden row’s steps to its new R seats, and no other step', () => {
		const before = twoTower().assignments;
		const after = applyOverrides(twoTower(), toBench).assignments;
		const moved = after.filter(
			(a) => a.activityId === design && a.audienceId === 'enterprise-finance'
		);
		expect(moved.length).toBeGreaterThan(0);
		for (const a of moved)
			expect(a).toMatchObject({ seatIds: ['gtm-enterprise'], fromOverride: true });
		const rest = (list: typeof before) =>
			list.filter((a) => !(a.activityId === design && a.audienceId === 'enterprise-finance'));
		expect(rest(after)).toEqual(rest(before));
	});

	it('survives regeneration after the design changes, and sets aside what no longer fits', () => {
		const d = starterDesign('two-tower');
		const changed = {
			...d,
			seats: d.seats
				.filter((s) => s.id !== 'web-developer')
				.map((s) => (s.id === 'senior-designer' ? { ...s, title: 'Design lead' } : s))
		};
		const stale: Override = {
			activityId: 'landing-page-build',
			audienceId: 'procurement',
			seatId: 'web-developer',
			role: 'R'
		};
		const map = applyOverrides(mapOf(changed), [...toBench, stale]);
		expect(cell(map, `${design}@enterprise-finance`, 'gtm-enterprise')?.overridden).toBe(true);
		expect(map.staleOverrides).toEqual([stale]);
	});

	it('empties the assignment when the override leaves nobody responsible', () => {
		const map = applyOverrides(twoTower(), [
			{ activityId: 'positioning', audienceId: 'procurement', seatId: 'gtm-procurement', role: 'A' }
		]);
		const step = map.assignments.find(
			(a) => a.activityId === 'positioning' && a.audienceId === 'procurement'
		)!;
		expect(step).toMatchObject({
			seatIds: [],
			unresolved: 'nobody is R for positioning in the accountability map'
		});
	});
});

describe('overrideIssues', () => {
	const one = (over: Partial<Override>): Override => ({
		activityId: design,
		audienceId: 'enterprise-finance',
		seatId: 'senior-designer',
		role: 'R',
		...over
	});

	it('accepts a valid list, including moving an A in one save', () => {
		expect(overrideIssues(twoTower(), toBench)).toEqual([]);
		const move: Override[] = [
			one({ seatId: 'gtm-enterprise', role: 'R' }),
			one({ seatId: 'head-of-gtm', role: 'A' })
		];
		expect(overrideIssues(twoTower(), move)).toEqual([]);
	});

	it.each([
		[
			'an unknown activity',
			one({ activityId: 'skywriting' }),
			'no activity "skywriting" is in use in this scenario\'s workflow templates'
		],
		[
			'an unknown seat',
			one({ seatId: 'ghost' }),
			'no seat "ghost" in this scenario (expected one of its seat ids)'
		],
		[
			'an unknown audience',
			one({ audienceId: 'martians' }),
			'"design-asset" has no row for audience "martians"; expected "enterprise-finance", "mid-market-finance", "procurement", "accounting-partners"'
		],
		[
			'an audience on cross-audience work',
			one({ activityId: 'data-hygiene' }),
			'"data-hygiene" has no row for audience "enterprise-finance"; expected null'
		],
		[
			'a timing on a cell that is not C',
			one({ timing: 'end' }),
			'timing applies only to a C (consulted) cell'
		],
		[
			'a second A set by hand',
			one({ seatId: 'brand-custodian', role: 'A' }),
			'would make "gtm-enterprise" and "brand-custodian" both accountable for design-asset for enterprise-finance; a row has exactly one A, so clear or change the other one in the same save'
		]
	])('refuses %s, naming it and its row', (_, override, message) => {
		const row = `${override.activityId} for ${override.audienceId}`;
		const named = message.startsWith('would make') ? message : `${row}: ${message}`;
		expect(overrideIssues(twoTower(), [override])).toEqual([
			{ path: 'overrides[0]', message: named }
		]);
	});

	it('refuses the same cell set twice', () => {
		expect(overrideIssues(twoTower(), [one({}), one({ role: 'C' })])).toEqual([
			{
				path: 'overrides[1]',
				message:
					'sets the cell of seat "senior-designer" in design-asset for enterprise-finance again (first set by overrides[0])'
			}
		]);
	});

	it('refuses malformed overrides at the schema, naming the field', () => {
		const result = overridesSchema.safeParse([{ ...one({}), role: 'X' }]);
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]).toMatchObject({
			path: [0, 'role'],
			message: 'expected one of R, A, A/R, C, I'
		});
	});
});
