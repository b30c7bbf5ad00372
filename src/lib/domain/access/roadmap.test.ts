import { describe, expect, it } from 'vitest';
import { canCommentRoadmap, canEditLane, canReviewRoadmap } from './roadmap';
import type { Role } from './schema';

const as = (role: Role) => ({ id: 'm1', role });
const owned = new Set(['enterprise']);

describe('roadmap access', () => {
	it.each([
		['admin', 'enterprise', true],
		['admin', 'cross-audience', true],
		['marketer', 'enterprise', true],
		['marketer', 'smb', false],
		['marketer', 'cross-audience', false],
		['leader', 'enterprise', false],
		['custodian', 'enterprise', false]
	] as const)('%s edits the %s lane: %s', (role, lane, allowed) => {
		expect(canEditLane(as(role), lane, owned)).toBe(allowed);
	});

	it('lets lane editors review and everyone comment', () => {
		expect(canReviewRoadmap(as('marketer'), owned)).toBe(true);
		expect(canReviewRoadmap(as('marketer'), new Set())).toBe(false);
		expect(canReviewRoadmap(as('leader'), owned)).toBe(false);
		for (const role of ['admin', 'leader', 'custodian', 'marketer'] as const)
			expect(canCommentRoadmap(as(role))).toBe(true);
	});
});
