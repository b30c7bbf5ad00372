import { describe, expect, it } from 'vitest';
import { checkDesign } from '../scenario/rules';
import { designSchema } from '../scenario/schema';
import {
	audienceCount,
	functionalOrg,
	MIN_FUNCTIONAL_SEATS,
	MIN_TWO_TOWER_SEATS,
	twoTowerOrg
} from './bench-orgs';

/** Crafts named by the workflow templates' performer and reviewer rules and by the catalogue. */
const neededCrafts = [
	'analytics',
	'brand',
	'content',
	'demand-generation',
	'design',
	'marketing-operations',
	'paid-media',
	'product-marketing',
	'sales-enablement',
	'social',
	'web',
	'field-events',
	'ai-governance'
];

describe.each([
	['functionalOrg', functionalOrg, MIN_FUNCTIONAL_SEATS],
	['twoTowerOrg', twoTowerOrg, MIN_TWO_TOWER_SEATS]
] as const)('%s', (_, generate, min) => {
	it.each([min, 40, 41, 137, 1_000, 5_000])('makes a valid design of exactly %i seats', (n) => {
		const design = designSchema.parse(generate(n));
		expect(design.seats).toHaveLength(n);
		expect(checkDesign(design)).toEqual([]);
		expect(design.audiences).toHaveLength(audienceCount(n));
		const crafts = new Set(design.seats.map((s) => s.craft));
		for (const craft of neededCrafts) expect(crafts, craft).toContain(craft);
	});

	it('is deterministic', () => {
		expect(generate(300)).toEqual(generate(300));
	});

	it('refuses sizes it cannot build', () => {
		expect(() => generate(min - 1)).toThrow(RangeError);
		expect(() => generate(40.5)).toThrow(RangeError);
	});
});

describe('audienceCount', () => {
	it('is one per ten seats, between 1 and 500', () => {
		expect([1, 40, 1_000, 5_000, 20_000].map(audienceCount)).toEqual([1, 4, 100, 500, 500]);
	});
});

describe('functionalOrg', () => {
	it('keeps spans of control at most 8 inside teams and leaves audiences unowned', () => {
		const design = designSchema.parse(functionalOrg(1_000));
		const reports = new Map<string, number>();
		for (const s of design.seats)
			if (s.managerId) reports.set(s.managerId, (reports.get(s.managerId) ?? 0) + 1);
		const squadLeads = design.seats.filter((s) => s.id.includes('-lead-'));
		expect(squadLeads.length).toBeGreaterThan(0);
		for (const lead of squadLeads) expect(reports.get(lead.id)).toBeLessThanOrEqual(8);
		expect(design.seats.every((s) => s.audienceIds.length === 0)).toBe(true);
	});
});

describe('twoTowerOrg', () => {
	it('gives every audience one GTM marketer as owner', () => {
		const design = designSchema.parse(twoTowerOrg(400));
		for (const a of design.audiences) {
			const owner = design.seats.find((s) => s.id === a.ownerSeatId);
			expect(owner?.kind).toBe('gtm-marketer');
			expect(owner?.audienceIds).toEqual([a.id]);
		}
	});
});
