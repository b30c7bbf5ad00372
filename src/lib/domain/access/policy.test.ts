import { describe, expect, it } from 'vitest';
import { canApprovePolicy, canEditBrandLayer, canEditChecklist, canEditPolicyRow } from './policy';
import type { Actor } from './schema';

const as = (role: Actor['role'], id: string = role): Actor => ({ id, role });

describe('policy access', () => {
	it.each<[Actor, string, string[], boolean]>([
		[as('admin'), 'brand', [], true],
		[as('custodian'), 'brand', ['brand'], true],
		[as('custodian'), 'content', ['brand'], false],
		[as('custodian'), 'brand', [], false],
		[as('leader'), 'brand', ['brand'], false],
		[as('marketer'), 'brand', ['brand'], false]
	])('%o edits a %s row as custodian of %o: %s', (actor, craft, crafts, expected) => {
		expect(canEditPolicyRow(actor, craft, crafts)).toBe(expected);
	});

	it('leaves the checklist and approval to admins', () => {
		expect(canEditChecklist(as('admin'))).toBe(true);
		expect(canApprovePolicy(as('admin'))).toBe(true);
		for (const role of ['leader', 'custodian', 'marketer'] as const) {
			expect(canEditChecklist(as(role))).toBe(false);
			expect(canApprovePolicy(as(role))).toBe(false);
		}
	});

	it('lets admins, the brand custodian and the audience owner edit a brand layer', () => {
		expect(canEditBrandLayer(as('admin'), [], null)).toBe(true);
		expect(canEditBrandLayer(as('custodian'), ['brand'], null)).toBe(true);
		expect(canEditBrandLayer(as('custodian'), ['content'], null)).toBe(false);
		expect(canEditBrandLayer(as('marketer', 'm1'), [], 'm1')).toBe(true);
		expect(canEditBrandLayer(as('marketer', 'm1'), [], 'm2')).toBe(false);
	});
});
