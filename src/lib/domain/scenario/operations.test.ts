import { describe, expect, it } from 'vitest';
import { addSeat, descendantsOf, editSeat, moveSeat } from './operations';
import { audienceOf, managers, refusal, seatOf, value, withSmb } from './operations-testing';
import { checkDesign } from './rules';
import type { Scenario } from './schema';
import { chainSeats, design, seat, twoTowerDesign } from './testing';

describe('addSeat', () => {
	it('adds a seat under an existing manager, with defaults applied', () => {
		const d = twoTowerDesign();
		const next = value(addSeat(d, seat('ops', 'cmo', { title: 'Marketing ops', craft: 'web' })));
		expect(next.seats).toHaveLength(d.seats.length + 1);
		expect(seatOf(next, 'ops')).toMatchObject({
			title: 'Marketing ops',
			managerId: 'cmo',
			fte: 1,
			hoursPerWeek: 40,
			focusFactor: 0.5,
			aiLevel: 0,
			audienceIds: [],
			open: false
		});
		expect(checkDesign(next)).toEqual([]);
	});

	it('records the new seat as owner of the unowned audience it lists', () => {
		const next = value(addSeat(withSmb(), seat('gtm-smb', 'gtm-head', { audienceIds: ['smb'] })));
		expect(audienceOf(next, 'smb')?.ownerSeatId).toBe('gtm-smb');
		expect(checkDesign(next)).toEqual([]);
	});

	it.each([
		{
			name: 'an unknown manager',
			input: seat('ops', 'ghost'),
			rule: 'manager-exists',
			path: ['seats', 6, 'managerId'],
			facts: ['"ghost"']
		},
		{
			name: 'a duplicate id',
			input: seat('brand', 'cmo', { title: 'Second brand' }),
			rule: 'unique-seat-ids',
			path: ['seats', 6, 'id'],
			facts: ['"brand"']
		},
		{
			name: 'a second root',
			input: seat('ops', null, { title: 'Shadow CMO' }),
			rule: 'one-root',
			path: ['seats', 6, 'managerId'],
			facts: ['"CMO"', '"Shadow CMO"']
		},
		{
			name: 'an audience someone already owns',
			input: seat('ops', 'gtm-head', { audienceIds: ['enterprise'] }),
			rule: 'single-owner',
			path: ['seats', 6, 'audienceIds', 0],
			facts: ['"enterprise"', '"GTM marketer, Enterprise"']
		},
		{
			name: 'an unknown audience',
			input: seat('ops', 'gtm-head', { audienceIds: ['nowhere'] }),
			rule: 'audience-exists',
			path: ['seats', 6, 'audienceIds', 0],
			facts: ['"nowhere"']
		}
	])('refuses $name with rule $rule', ({ input, rule, path, facts }) => {
		const error = refusal(addSeat(twoTowerDesign(), input));
		expect(error).toMatchObject({ rule, path });
		for (const fact of facts) expect(error.message).toContain(fact);
	});

	it.each([
		{ field: 'fte', patch: { fte: 1.5 }, path: ['fte'] },
		{ field: 'fte', patch: { fte: 0 }, path: ['fte'] },
		{ field: 'title', patch: { title: '   ' }, path: ['title'] },
		{ field: 'id', patch: { id: 'has space' }, path: ['id'] },
		{ field: 'kind', patch: { kind: 'wizard' }, path: ['kind'] },
		{ field: 'aiLevel', patch: { aiLevel: 4 }, path: ['aiLevel'] },
		{ field: 'memberEmail', patch: { memberEmail: 'not-an-email' }, path: ['memberEmail'] },
		{ field: 'hoursPerWeek', patch: { hoursPerWeek: 100 }, path: ['hoursPerWeek'] }
	])('refuses an invalid $field with rule invalid-seat and path $path', ({ patch, path }) => {
		const input = { ...seat('ops', 'cmo'), ...patch } as Parameters<typeof addSeat>[1];
		expect(refusal(addSeat(twoTowerDesign(), input))).toMatchObject({ rule: 'invalid-seat', path });
	});

	it('refuses an unknown field and names it', () => {
		const input = { ...seat('ops', 'cmo'), salary: 90_000 } as Parameters<typeof addSeat>[1];
		const error = refusal(addSeat(twoTowerDesign(), input));
		expect(error.rule).toBe('invalid-seat');
		expect(error.message).toContain('salary');
	});

	it('keeps the fields of a stored scenario', () => {
		const scenario: Scenario = {
			...twoTowerDesign(),
			id: 'sc-1',
			status: 'draft',
			visibility: 'private',
			authorId: 'u-1',
			version: 7,
			createdAt: '2025-01-01T00:00:00Z',
			updatedAt: '2025-01-02T00:00:00Z'
		};
		const next = value(addSeat(scenario, seat('ops', 'cmo')));
		expect(next).toMatchObject({ id: 'sc-1', version: 7, status: 'draft', authorId: 'u-1' });
	});
});

describe('editSeat', () => {
	it('changes the given fields and leaves the rest of the seat and design alone', () => {
		const d = twoTowerDesign();
		const next = value(editSeat(d, 'brand', { title: 'Brand lead', fte: 0.5, aiLevel: 2 }));
		expect(seatOf(next, 'brand')).toEqual({
			...seatOf(d, 'brand'),
			title: 'Brand lead',
			fte: 0.5,
			aiLevel: 2
		});
		expect(next.seats.filter((s) => s.id !== 'brand')).toEqual(
			d.seats.filter((s) => s.id !== 'brand')
		);
		expect(next.audiences).toEqual(d.audiences);
		expect(next.dottedLines).toEqual(d.dottedLines);
	});

	it('never changes the seat id', () => {
		const next = value(editSeat(twoTowerDesign(), 'brand', { id: 'renamed', title: 'Brand' }));
		expect(next.seats.map((s) => s.id)).toContain('brand');
		expect(next.seats.map((s) => s.id)).not.toContain('renamed');
	});

	it('keeps audience owners in step with audienceIds', () => {
		const next = value(editSeat(withSmb(), 'gtm-ent', { audienceIds: ['smb'] }));
		expect(audienceOf(next, 'smb')?.ownerSeatId).toBe('gtm-ent');
		expect(audienceOf(next, 'enterprise')?.ownerSeatId).toBeUndefined();
	});

	it.each([
		{
			name: 'a second root',
			seatId: 'brand',
			patch: { managerId: null },
			rule: 'one-root',
			path: ['seats', 4, 'managerId']
		},
		{
			name: 'an unknown manager',
			seatId: 'brand',
			patch: { managerId: 'ghost' },
			rule: 'manager-exists',
			path: ['seats', 4, 'managerId']
		},
		{
			name: 'an audience another seat owns',
			seatId: 'gtm-mid',
			patch: { audienceIds: ['mid-market', 'enterprise'] },
			rule: 'single-owner',
			path: ['seats', 3, 'audienceIds', 1]
		},
		{
			name: 'an invalid field',
			seatId: 'brand',
			patch: { focusFactor: 2 },
			rule: 'invalid-seat',
			path: ['focusFactor']
		},
		{
			name: 'an unknown seat',
			seatId: 'ghost',
			patch: { title: 'Ghost' },
			rule: 'seat-not-found',
			path: ['seatId']
		}
	])('refuses $name with rule $rule', ({ seatId, patch, rule, path }) => {
		expect(refusal(editSeat(twoTowerDesign(), seatId, patch))).toMatchObject({ rule, path });
	});
});

describe('moveSeat', () => {
	it('moves a seat with all its reports under the new manager', () => {
		const d = twoTowerDesign();
		const next = value(moveSeat(d, 'gtm-head', 'brand'));
		expect(managers(next)).toEqual({ ...managers(d), 'gtm-head': 'brand' });
		expect(descendantsOf(next, 'brand')).toEqual(new Set(['gtm-head', 'gtm-ent', 'gtm-mid']));
	});

	it.each([
		{
			name: 'onto its own report',
			seatId: 'gtm-head',
			to: 'gtm-ent',
			rule: 'no-cycles',
			facts: ['"Head of GTM" cannot report to "GTM marketer, Enterprise"', 'already reports to it']
		},
		{
			name: 'onto itself',
			seatId: 'brand',
			to: 'brand',
			rule: 'no-cycles',
			facts: ['"Brand custodian" cannot report to itself']
		},
		{
			name: 'to the top beside the root',
			seatId: 'brand',
			to: null,
			rule: 'one-root',
			facts: ['"CMO"', '"Brand custodian"']
		},
		{
			name: 'under an unknown seat',
			seatId: 'brand',
			to: 'ghost',
			rule: 'manager-exists',
			facts: ['"ghost"']
		},
		{
			name: 'an unknown seat',
			seatId: 'ghost',
			to: 'cmo',
			rule: 'seat-not-found',
			facts: ['"ghost"']
		}
	])('refuses moving $name with rule $rule', ({ seatId, to, rule, facts }) => {
		const error = refusal(moveSeat(twoTowerDesign(), seatId, to));
		expect(error.rule).toBe(rule);
		for (const fact of facts) expect(error.message).toContain(fact);
	});

	it('refuses moving a seat under a deep descendant', () => {
		const d = design(chainSeats(6));
		const error = refusal(moveSeat(d, 's1', 's5'));
		expect(error.rule).toBe('no-cycles');
		expect(error.message).toBe('"Seat s1" cannot report to "Seat s5", who already reports to it');
	});
});
