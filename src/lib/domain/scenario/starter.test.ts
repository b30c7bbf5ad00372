import { describe, expect, it } from 'vitest';
import { addSeat } from './operations';
import { checkDesign } from './rules';
import { blankDesign } from './starter';

describe('blankDesign', () => {
	it('is a valid one-seat design that can be built on', () => {
		const blank = blankDesign('Next year');
		expect(blank).toMatchObject({ name: 'Next year', structure: 'custom', audiences: [] });
		expect(checkDesign(blank)).toEqual([]);
		const grown = addSeat(blank, {
			id: 'pmm',
			title: 'PMM',
			kind: 'specialist',
			managerId: blank.seats[0]!.id
		});
		expect(grown.ok).toBe(true);
	});
});
