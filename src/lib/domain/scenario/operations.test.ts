import { describe, expect, it } from 'vitest';
import {
	addSeat,
	assignAudience,
	descendantsOf,
	editSeat,
	moveSeat,
	removeSeat,
	type OperationError,
	type Outcome
} from './operations';
import { checkDesign } from './rules';
import { audienceSchema, type Design, type Scenario } from './schema';
import { audience, chainSeats, design, seat, twoTowerDesign } from './testing';

function value<T extends Design>(outcome: Outcome<T>): T {
	if (!outcome.ok) throw new Error(`expected ok, refused: ${JSON.stringify(outcome.error)}`);
	return outcome.value;
}

function refusal<T extends Design>(outcome: Outcome<T>): OperationError {
	if (outcome.ok) throw new Error('expected the operation to be refused, it was accepted');
	return outcome.error;
}

const seatOf = (d: Design, id: string) => d.seats.find((s) => s.id === id);
const audienceOf = (d: Design, id: string) => d.audiences.find((a) => a.id === id);
const managers = (d: Design) => Object.fromEntries(d.seats.map((s) => [s.id, s.managerId]));

/** The two-tower design plus an unowned audience "smb" (a warning, not an error). */
function withSmb(): Design {
	const base = twoTowerDesign();
	return { ...base, audiences: [...base.audiences, audienceSchema.parse(audience('smb'))] };
}

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
