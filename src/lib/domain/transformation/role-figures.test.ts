import { describe, expect, it } from 'vitest';
import { runSimulation } from '../simulation/run';
import { library, starterDesign } from '../simulation/testing';
import { roleFigures } from './role-figures';

const side = (id: string) => {
	const design = starterDesign(id);
	const report = runSimulation(
		{ scenario: design, run: { seed: 3, replications: 2, sensitivity: false } },
		library
	);
	return { design, report };
};

describe('roleFigures', () => {
	const legacy = side('legacy-functional');
	const next = side('two-tower');

	it('follows the same person from the legacy seat to the new one', () => {
		const f = roleFigures(
			{
				legacy: { kind: 'functional-lead', craft: 'brand' },
				twoTower: { kind: 'craft-custodian', craft: 'brand' }
			},
			legacy,
			next
		);
		expect(f.legacy!.seats).toEqual([
			{ id: 'brand-lead', title: 'Head of brand and creative', person: 'Ingrid Halvorsen' }
		]);
		expect(f.next!.seats).toEqual([
			{ id: 'brand-custodian', title: 'Brand custodian', person: 'Ingrid Halvorsen' }
		]);
		expect(f.handoffHoursSavedPerWeek).toBeCloseTo(
			f.legacy!.week.handoff - f.next!.week.handoff,
			9
		);
	});

	it('splits a week into parts that add up to the contracted hours', () => {
		const f = roleFigures(
			{
				legacy: { kind: 'specialist', craft: 'product-marketing' },
				twoTower: { kind: 'gtm-marketer' }
			},
			legacy,
			next
		);
		for (const w of [f.legacy!.week, f.next!.week]) {
			const total = w.craft + w.handoff + w.review + w.rework + w.idle + w.outside;
			expect(total).toBeCloseTo(40, 6);
		}
		expect(f.teamHandoffHoursSaved).toBeCloseTo(
			legacy.report.handoffTax.hours - next.report.handoffTax.hours,
			9
		);
	});

	it('has no figures for a role nobody holds', () => {
		const f = roleFigures(
			{ legacy: { kind: 'agency' }, twoTower: { kind: 'agency' } },
			legacy,
			next
		);
		expect(f).toMatchObject({ legacy: null, next: null, handoffHoursSavedPerWeek: null });
	});
});
