import { describe, expect, it } from 'vitest';
import { conversation } from '$lib/domain/conversations/testing';
import { dayLabel, formValuesOf, shortDay, splitPains, thisWeekText } from './format';

describe('conversation formatting', () => {
	it('writes dates the same in every time zone', () => {
		expect(dayLabel('2026-11-16')).toBe('Mon 16 Nov 2026');
		expect(shortDay('2027-01-04')).toBe('4 Jan');
	});

	it('states this week against the target', () => {
		expect(thisWeekText({ count: 0, target: 1, status: 'at-risk' })).toBe(
			'0 of 1 this week: at risk'
		);
	});

	it('turns a conversation into form values and pains back into a list', () => {
		const values = formValuesOf(conversation({ pains: ['slow close', 'audit prep'] }));
		expect(values).toMatchObject({ pains: 'slow close, audit prep', product: '', quote: '' });
		expect(splitPains(' slow close,, audit prep ,')).toEqual(['slow close', 'audit prep']);
	});
});
