import { describe, expect, it } from 'vitest';
import {
	addSeat,
	assignAudience,
	descendantsOf,
	editSeat,
	moveSeat,
	removeSeat,
	type Outcome
} from './operations';
import { audienceOf, managers, refusal, seatOf, value, withSmb } from './operations-testing';
import { checkDesign } from './rules';
import type { Design } from './schema';
import { chainSeats, design, seat, twoTowerDesign } from './testing';

describe('removeSeat', () => {
	it("moves the removed seat's reports to its manager", () => {
		const next = value(removeSeat(twoTowerDesign(), 'gtm-head'));
		expect(managers(next)).toEqual({
			cmo: null,
			'gtm-ent': 'cmo',
			'gtm-mid': 'cmo',
			brand: 'cmo',
			content: 'cmo'
		});
	});

	it('removes the dotted lines to and from the seat and keeps the others', () => {
		const d = twoTowerDesign();
		expect(value(removeSeat(d, 'brand')).dottedLines).toEqual([
			{ fromSeatId: 'content', toSeatId: 'gtm-mid', label: '' }
		]);
		expect(value(removeSeat(d, 'gtm-mid')).dottedLines).toEqual([
			{ fromSeatId: 'brand', toSeatId: 'gtm-ent', label: 'brand standard' }
		]);
	});

	it('leaves the audiences it owned unowned, with ownerSeatId cleared', () => {
		const next = value(removeSeat(twoTowerDesign(), 'gtm-ent'));
		expect(audienceOf(next, 'enterprise')).toEqual({
			id: 'enterprise',
			name: 'Audience enterprise',
			segment: '',
			products: [],
			regions: []
		});
		expect(audienceOf(next, 'mid-market')?.ownerSeatId).toBe('gtm-mid');
		expect(checkDesign(next).map((i) => [i.rule, i.severity])).toEqual([
			['two-tower-owners', 'warning']
		]);
	});

	it('makes the only report of a removed root the new root', () => {
		const d = design([seat('a', null), seat('b', 'a'), seat('c', 'b'), seat('d', 'b')], [], {
			dottedLines: [{ fromSeatId: 'a', toSeatId: 'c' }]
		});
		const next = value(removeSeat(d, 'a'));
		expect(managers(next)).toEqual({ b: null, c: 'b', d: 'b' });
		expect(next.dottedLines).toEqual([]);
		expect(checkDesign(next)).toEqual([]);
	});

	it('refuses removing a root with several reports', () => {
		const error = refusal(removeSeat(twoTowerDesign(), 'cmo'));
		expect(error).toMatchObject({ rule: 'one-root', path: ['seats', 0] });
		expect(error.message).toContain('"CMO"');
		expect(error.message).toContain('3 direct reports');
	});

	it('refuses removing the last seat', () => {
		expect(refusal(removeSeat(design([seat('solo', null)]), 'solo'))).toMatchObject({
			rule: 'empty-scenario',
			path: ['seats', 0]
		});
	});

	it('refuses an unknown seat', () => {
		expect(refusal(removeSeat(twoTowerDesign(), 'ghost'))).toMatchObject({
			rule: 'seat-not-found',
			path: ['seatId']
		});
	});
});

describe('assignAudience', () => {
	it("adds the audience to the seat's audienceIds and sets ownerSeatId", () => {
		const next = value(assignAudience(withSmb(), 'smb', 'gtm-mid'));
		expect(seatOf(next, 'gtm-mid')?.audienceIds).toEqual(['mid-market', 'smb']);
		expect(audienceOf(next, 'smb')?.ownerSeatId).toBe('gtm-mid');
		expect(checkDesign(next)).toEqual([]);
	});

	it('moves ownership from the old owner when reassigned', () => {
		const next = value(assignAudience(twoTowerDesign(), 'enterprise', 'gtm-mid'));
		expect(seatOf(next, 'gtm-ent')?.audienceIds).toEqual([]);
		expect(seatOf(next, 'gtm-mid')?.audienceIds).toEqual(['mid-market', 'enterprise']);
		expect(audienceOf(next, 'enterprise')?.ownerSeatId).toBe('gtm-mid');
		expect(checkDesign(next)).toEqual([]);
	});

	it('lists the audience once when assigned again to its owner', () => {
		const next = value(assignAudience(twoTowerDesign(), 'enterprise', 'gtm-ent'));
		expect(seatOf(next, 'gtm-ent')?.audienceIds).toEqual(['enterprise']);
		expect(audienceOf(next, 'enterprise')?.ownerSeatId).toBe('gtm-ent');
	});

	it('leaves the audience unowned when the seat is null', () => {
		const next = value(assignAudience(twoTowerDesign(), 'enterprise', null));
		expect(next.seats.some((s) => s.audienceIds.includes('enterprise'))).toBe(false);
		expect(audienceOf(next, 'enterprise')).not.toHaveProperty('ownerSeatId');
		expect(audienceOf(next, 'mid-market')?.ownerSeatId).toBe('gtm-mid');
	});

	it.each([
		{
			name: 'an unknown audience',
			audienceId: 'nowhere',
			seatId: 'gtm-ent',
			rule: 'audience-not-found'
		},
		{ name: 'an unknown seat', audienceId: 'enterprise', seatId: 'ghost', rule: 'seat-not-found' }
	])('refuses $name with rule $rule', ({ audienceId, seatId, rule }) => {
		const error = refusal(assignAudience(twoTowerDesign(), audienceId, seatId));
		expect(error.rule).toBe(rule);
		expect(error.message).toContain(rule === 'seat-not-found' ? seatId : audienceId);
	});
});

describe('descendantsOf', () => {
	it.each([
		{ seatId: 'cmo', expected: ['gtm-head', 'gtm-ent', 'gtm-mid', 'brand', 'content'] },
		{ seatId: 'gtm-head', expected: ['gtm-ent', 'gtm-mid'] },
		{ seatId: 'gtm-ent', expected: [] },
		{ seatId: 'ghost', expected: [] }
	])('lists every seat under $seatId, at any depth', ({ seatId, expected }) => {
		expect(descendantsOf(twoTowerDesign(), seatId)).toEqual(new Set(expected));
	});

	it('follows a 10,000-seat chain to the bottom', () => {
		const found = descendantsOf(design(chainSeats(10_000)), 's0');
		expect(found.size).toBe(9_999);
		expect(found.has('s9999')).toBe(true);
		expect(found.has('s0')).toBe(false);
	});
});

describe('operations on a design that already breaks a rule', () => {
	const threeRoots = () =>
		design([seat('a', null), seat('b', null), seat('c', null), seat('d', 'a')]);
	const orphan = () => design([seat('r', null), seat('o', 'ghost', { title: 'Orphan' })]);

	it('accept a move that repairs part of the problem (three roots → two)', () => {
		const next = value(moveSeat(threeRoots(), 'c', 'a'));
		expect(seatOf(next, 'c')?.managerId).toBe('a');
	});

	it('accept a change unrelated to the existing problem (renaming the orphan)', () => {
		const next = value(editSeat(orphan(), 'o', { title: 'Analyst' }));
		expect(seatOf(next, 'o')?.title).toBe('Analyst');
	});

	it('accept the move that repairs the problem', () => {
		expect(checkDesign(value(moveSeat(orphan(), 'o', 'r')))).toEqual([]);
	});

	it('still refuse a change that breaks the rule again elsewhere', () => {
		expect(refusal(addSeat(orphan(), seat('p', 'nobody'))).rule).toBe('manager-exists');
	});
});

describe('every operation', () => {
	const calls: { name: string; run: (d: Design) => Outcome<Design> }[] = [
		{ name: 'addSeat', run: (d) => addSeat(d, seat('ops', 'cmo', { audienceIds: ['smb'] })) },
		{ name: 'addSeat (refused)', run: (d) => addSeat(d, seat('ops', 'ghost')) },
		{ name: 'editSeat', run: (d) => editSeat(d, 'gtm-ent', { audienceIds: ['smb'], fte: 0.8 }) },
		{ name: 'editSeat (refused)', run: (d) => editSeat(d, 'brand', { managerId: null }) },
		{ name: 'moveSeat', run: (d) => moveSeat(d, 'gtm-head', 'brand') },
		{ name: 'moveSeat (refused)', run: (d) => moveSeat(d, 'gtm-head', 'gtm-mid') },
		{ name: 'removeSeat (manager)', run: (d) => removeSeat(d, 'gtm-head') },
		{ name: 'removeSeat (owner)', run: (d) => removeSeat(d, 'gtm-ent') },
		{ name: 'removeSeat (dotted lines)', run: (d) => removeSeat(d, 'brand') },
		{ name: 'removeSeat (refused)', run: (d) => removeSeat(d, 'cmo') },
		{ name: 'assignAudience', run: (d) => assignAudience(d, 'enterprise', 'gtm-mid') },
		{ name: 'assignAudience (null)', run: (d) => assignAudience(d, 'enterprise', null) },
		{ name: 'assignAudience (refused)', run: (d) => assignAudience(d, 'smb', 'ghost') }
	];

	it.each(calls)('$name leaves its input untouched', ({ run }) => {
		const d = withSmb();
		const before = structuredClone(d);
		run(d);
		expect(d).toStrictEqual(before);
	});

	it.each(calls.filter((c) => !c.name.includes('refused')))(
		'$name returns a new design',
		({ run }) => {
			const d = withSmb();
			const next = value(run(d));
			expect(next).not.toBe(d);
			expect(next).not.toStrictEqual(d);
		}
	);

	it('descendantsOf leaves its input untouched', () => {
		const d = withSmb();
		const before = structuredClone(d);
		descendantsOf(d, 'cmo');
		expect(d).toStrictEqual(before);
	});
});
