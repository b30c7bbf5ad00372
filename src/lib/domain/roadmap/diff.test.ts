import { describe, expect, it } from 'vitest';
import { diffInitiatives, diffSummary } from './diff';
import { initiative } from './testing';

describe('diffInitiatives', () => {
	it('lists initiatives added, removed and changed field by field', () => {
		const before = [initiative({ id: 'a' }), initiative({ id: 'b' }), initiative({ id: 'c' })];
		const after = [
			initiative({ id: 'a' }),
			initiative({ id: 'b', startWeek: 3, endWeek: 6, status: 'in-progress' }),
			initiative({ id: 'd', title: 'New one' })
		];
		const d = diffInitiatives(before, after);
		expect(d.added).toEqual([{ id: 'd', title: 'New one' }]);
		expect(d.removed).toEqual([{ id: 'c', title: 'Initiative c' }]);
		expect(d.changed).toEqual([
			{
				id: 'b',
				title: 'Initiative b',
				fields: [
					{ field: 'weeks', before: '1–4', after: '3–6' },
					{ field: 'status', before: 'Planned', after: 'In progress' }
				]
			}
		]);
		expect(diffSummary(d)).toBe('1 added, 1 changed, 1 removed');
	});

	it('says so when nothing changed', () => {
		const plan = [initiative({ id: 'a' })];
		expect(diffSummary(diffInitiatives(plan, structuredClone(plan)))).toBe('No changes');
	});
});
