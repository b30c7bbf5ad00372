import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../assessment/fields';
import { revisionSummary } from './revision-summary';
import { audience, design, seat } from './testing';

const base = design(
	[seat('cmo', null), seat('a', 'cmo'), seat('b', 'cmo'), seat('c', 'a')],
	[audience('ent')]
);

describe('revisionSummary', () => {
	it.each([
		{
			case: 'first version',
			before: null,
			after: base,
			expected: 'Created with 4 seats'
		},
		{
			case: 'one seat added',
			before: base,
			after: design([...base.seats, seat('d', 'b')], [audience('ent')]),
			expected: '1 seat added'
		},
		{
			case: 'seats removed and moved',
			before: base,
			after: design([seat('cmo', null), seat('b', 'cmo'), seat('c', 'b')], [audience('ent')]),
			expected: '1 seat removed, 1 seat moved'
		},
		{
			case: 'renamed and an audience owner given',
			before: base,
			after: design(
				[
					seat('cmo', null),
					seat('a', 'cmo', { audienceIds: ['ent'] }),
					seat('b', 'cmo'),
					seat('c', 'a')
				],
				[audience('ent')],
				{ name: 'Next year' }
			),
			expected: 'Renamed to “Next year”, 1 audience owner changed'
		},
		{
			case: 'a dotted line drawn',
			before: base,
			after: { ...base, dottedLines: [{ fromSeatId: 'c', toSeatId: 'b', label: 'reviews' }] },
			expected: '1 dotted line changed'
		},
		{
			case: 'only a seat’s FTE edited',
			before: base,
			after: design(
				[seat('cmo', null), seat('a', 'cmo', { fte: 0.5 }), seat('b', 'cmo'), seat('c', 'a')],
				[audience('ent')]
			),
			expected: 'Seat details edited'
		},
		{
			case: 'own company profile given',
			before: base,
			after: { ...base, profile: defaultProfile },
			expected: 'Company profile set'
		},
		{
			case: 'own company profile removed',
			before: { ...base, profile: defaultProfile },
			after: base,
			expected: 'Company profile cleared'
		},
		{ case: 'saved unchanged', before: base, after: base, expected: 'Saved without changes' }
	])('a save: $case', ({ before, after, expected }) => {
		expect(revisionSummary('saved', before, after)).toBe(expected);
	});

	it('names the act for publish, share and restore, with any design change after it', () => {
		expect(revisionSummary('published', base, base)).toBe('Published as current');
		expect(revisionSummary('shared', base, base)).toBe('Shared with the workspace');
		expect(revisionSummary('unpublished', base, base)).toMatch(/^No longer current/);
		const smaller = design(
			[seat('cmo', null), seat('a', 'cmo'), seat('b', 'cmo')],
			[audience('ent')]
		);
		expect(revisionSummary('restored', base, smaller)).toBe(
			'Restored an earlier version: 1 seat removed'
		);
	});
});
