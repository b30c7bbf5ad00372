import { describe, expect, it } from 'vitest';
import { diffAccountability, type DutyChange } from './diff';
import { mapOf, starterDesign } from './testing';

const side = (id: string) => {
	const design = starterDesign(id);
	return { design, map: mapOf(design) };
};
const personal = (changes: DutyChange[], name: string) =>
	changes.find((c) => c.seat.personName === name)!;
const accountable = (duties: DutyChange['gained']) =>
	duties.filter((d) => d.kind === 'A').map((d) => `${d.activityId}@${d.audienceId ?? '*'}`);

describe('diffAccountability', () => {
	const { changes, totals } = diffAccountability(side('legacy-functional'), side('two-tower'));

	it('gives each GTM marketer the accountabilities of their audience', () => {
		const hannah = personal(changes, 'Hannah Lindqvist');
		expect(hannah.before?.title).toBe('Product marketing manager, Close');
		expect(hannah.seat.title).toBe('GTM marketer, enterprise finance');
		const gained = accountable(hannah.gained);
		expect(gained).toContain('positioning@enterprise-finance');
		expect(gained).toContain('campaign-brief@enterprise-finance');
		expect(gained.every((k) => k.endsWith('@enterprise-finance'))).toBe(true);
		expect(accountable(hannah.lost)).toEqual([]);
	});

	it('takes audience-specific accountabilities from the functional leads', () => {
		const mateo = personal(changes, 'Mateo Alvarez');
		const lost = accountable(mateo.lost);
		for (const a of [
			'enterprise-finance',
			'mid-market-finance',
			'procurement',
			'accounting-partners'
		])
			expect(lost).toContain(`positioning@${a}`);
		const marcus = personal(changes, 'Marcus Bell');
		expect(marcus.seat.title).toBe('Head of GTM');
		expect(accountable(marcus.lost)).toContain('campaign-plan@procurement');
	});

	it('gives every audience’s accountabilities to its new owner', () => {
		const partners = changes.find((c) => c.seat.id === 'gtm-partners')!;
		const gained = accountable(partners.gained);
		expect(gained).toContain('positioning@accounting-partners');
		expect(gained.every((k) => k.endsWith('@accounting-partners'))).toBe(true);
	});

	it('balances the A’s that move: every row keeps one owner on both sides', () => {
		expect(totals.accountableGained).toBe(totals.accountableLost);
		expect(totals.accountableGained).toBeGreaterThan(0);
	});

	it('finds no change between a design and itself', () => {
		const same = diffAccountability(side('two-tower'), side('two-tower'));
		expect(same).toEqual({
			changes: [],
			totals: { accountableGained: 0, accountableLost: 0, responsibleMoved: 0 }
		});
	});
});
