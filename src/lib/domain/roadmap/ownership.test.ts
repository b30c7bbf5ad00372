import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../accountability/overrides';
import type { Override } from '../accountability/schema';
import { mapOf, starterDesign } from '../accountability/testing';
import { CROSS_LANE, laneOwnership } from './ownership';

const twoTower = () => mapOf(starterDesign('two-tower'));

describe('laneOwnership', () => {
	it('gives each audience lane its GTM marketer, and the cross-audience lane its custodians', () => {
		const lanes = laneOwnership(twoTower());
		expect(lanes['enterprise-finance']).toContain('gtm-enterprise');
		expect(lanes['enterprise-finance']).not.toContain('gtm-mid-market');
		expect(lanes[CROSS_LANE]!.length).toBeGreaterThan(0);
	});

	it('follows an override that makes another seat accountable for an audience’s row', () => {
		const toDesigner: Override[] = [
			{
				activityId: 'design-asset',
				audienceId: 'enterprise-finance',
				seatId: 'senior-designer',
				role: 'A/R'
			},
			{
				activityId: 'design-asset',
				audienceId: 'enterprise-finance',
				seatId: 'gtm-enterprise',
				role: 'C'
			}
		];
		expect(laneOwnership(twoTower())['enterprise-finance']).not.toContain('senior-designer');
		const lanes = laneOwnership(applyOverrides(twoTower(), toDesigner));
		expect(lanes['enterprise-finance']).toContain('senior-designer');
		expect(lanes['mid-market-finance']).not.toContain('senior-designer');
	});
});
