import { describe, expect, it } from 'vitest';
import { runChecks, type CheckId } from './checks';
import { applyOverrides } from './overrides';
import type { Override } from './schema';
import { mapOf, reportOf, starterDesign } from './testing';

const check = (id: CheckId, checks: ReturnType<typeof runChecks>) =>
	checks.find((c) => c.id === id)!;

describe('runChecks', () => {
	it('passes every check on the two-tower starter', () => {
		const { checks } = reportOf('two-tower');
		expect(checks.map((c) => c.id)).toEqual([
			'one-accountable',
			'nothing-unowned',
			'custodians-at-start',
			'accountable-limit',
			'audience-owner'
		]);
		for (const c of checks) expect(c, c.id).toEqual({ id: c.id, ok: true, rows: [] });
	});

	it.each([
		[
			'audience-owner',
			'Enterprise finance leaders has no owner; its work is owned piecemeal by 6 seats'
		],
		[
			'custodians-at-start',
			'Head of brand and creative (Ingrid Halvorsen) first sees Campaign QA for Enterprise finance leaders at the final review'
		]
	] as const)('flags the functional starter: %s', (id, message) => {
		const c = check(id, reportOf('legacy-functional').checks);
		expect(c.ok).toBe(false);
		expect(c.rows.map((r) => r.message)).toContain(message);
	});

	it('names the row left without an A or an R by an override', () => {
		const overrides: Override[] = [
			{
				activityId: 'positioning',
				audienceId: 'procurement',
				seatId: 'gtm-procurement',
				role: null
			}
		];
		const { checks } = reportOf('two-tower', { overrides });
		expect(check('one-accountable', checks).rows).toEqual([
			{
				rowKey: 'positioning@procurement',
				activityId: 'positioning',
				audienceId: 'procurement',
				seatIds: [],
				message: 'Positioning statement for Procurement and spend owners has no accountable seat'
			}
		]);
		expect(check('nothing-unowned', checks).rows.map((r) => r.rowKey)).toEqual([
			'positioning@procurement'
		]);
	});

	it('counts A’s against a configurable limit', () => {
		const map = mapOf(starterDesign('two-tower'));
		const rows = check('accountable-limit', runChecks(map, { maxAccountable: 20 })).rows;
		expect(rows.map((r) => r.seatIds)).toEqual([
			['gtm-enterprise'],
			['gtm-mid-market'],
			['gtm-procurement'],
			['gtm-partners']
		]);
		expect(rows[0]!.message).toBe(
			'GTM marketer, enterprise finance (Hannah Lindqvist) is accountable for 30 rows (limit 20)'
		);
	});

	it('treats the one seat accountable for all of an audience’s work as its owner', () => {
		const map = mapOf(starterDesign('legacy-functional'));
		const overrides: Override[] = map.rows
			.filter((r) => r.audienceId === 'procurement')
			.flatMap((r) => [
				...r.cells
					.filter((c) => c.role === 'A' || c.role === 'A/R')
					.map((c) => ({
						activityId: r.activityId,
						audienceId: r.audienceId,
						seatId: c.seatId,
						role: 'R' as const
					})),
				{ activityId: r.activityId, audienceId: r.audienceId, seatId: 'cmo', role: 'A' as const }
			]);
		const missing = check('audience-owner', runChecks(applyOverrides(map, overrides))).rows;
		expect(missing.map((r) => r.audienceId)).toEqual([
			'enterprise-finance',
			'mid-market-finance',
			'accounting-partners'
		]);
	});
});
