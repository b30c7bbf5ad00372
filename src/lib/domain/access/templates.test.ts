import { describe, expect, it } from 'vitest';
import { roles, type Actor } from './schema';
import { canEditTemplate } from './templates';

const as = (role: Actor['role']): Actor => ({ id: `${role}-1`, role });

describe('who edits a workflow template', () => {
	it('lets admins edit any template, whatever their crafts', () => {
		expect(canEditTemplate(as('admin'), ['design'], [])).toBe(true);
	});

	it('lets a custodian edit a template that uses their craft, and no other', () => {
		expect(canEditTemplate(as('custodian'), ['content', 'design'], ['design'])).toBe(true);
		expect(canEditTemplate(as('custodian'), ['content', 'seo'], ['design'])).toBe(false);
		expect(canEditTemplate(as('custodian'), ['content'], [])).toBe(false);
	});

	it.each(roles.filter((r) => r === 'leader' || r === 'marketer'))(
		'leaves a %s read-only even when a seat of theirs holds the craft',
		(role) => {
			expect(canEditTemplate(as(role), ['design'], ['design'])).toBe(false);
		}
	);
});
