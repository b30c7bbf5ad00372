import { describe, expect, it } from 'vitest';
import { getRoleCard, listRoleCards } from './content';
import { starterDesign } from './domain/simulation/testing';

describe('role cards', () => {
	const cards = listRoleCards();

	it('has one card for each of the functional starter’s seven direct reports, and the two new roles', () => {
		const functional = starterDesign('legacy-functional');
		const reports = functional.seats.filter((s) => s.managerId === 'cmo');
		const legacy = cards.filter((c) => c.group === 'legacy');
		expect(legacy).toHaveLength(7);
		for (const seat of reports)
			expect(
				legacy.some((c) => c.legacy.kind === seat.kind && c.legacy.craft === seat.craft),
				seat.id
			).toBe(true);
		expect(cards.filter((c) => c.group === 'new-role').map((c) => c.twoTower.kind)).toEqual([
			'gtm-marketer',
			'craft-custodian'
		]);
	});

	it('marks every card as an adaptable default and renders it', () => {
		for (const c of cards) {
			expect(c.adaptable).toBe(true);
			expect(getRoleCard(c.slug)?.component).toBeTypeOf('function');
		}
		expect(getRoleCard('nobody')).toBeUndefined();
	});
});
