import { describe, expect, it } from 'vitest';
import { focusedCompany } from '../assessment/testing';
import {
	audienceSchema,
	designSchema,
	dottedLineSchema,
	idSchema,
	scenarioSchema,
	seatSchema
} from './schema';
import { audience, design, seat } from './testing';

/** The first issue of a failed parse (path and message), or a failure if the parse succeeded. */
function firstIssue(result: ReturnType<typeof seatSchema.safeParse>) {
	expect(result.success).toBe(false);
	return result.error!.issues[0]!;
}

describe('seatSchema', () => {
	it('applies the defaults a new seat starts with', () => {
		expect(seatSchema.parse(seat('a', null))).toEqual({
			id: 'a',
			title: 'Seat a',
			kind: 'specialist',
			managerId: null,
			fte: 1,
			hoursPerWeek: 40,
			focusFactor: 0.5,
			aiLevel: 0,
			audienceIds: [],
			open: false
		});
	});

	it('keeps given values over the defaults', () => {
		const parsed = seatSchema.parse(
			seat('a', 'b', { fte: 0.4, hoursPerWeek: 20, focusFactor: 0, aiLevel: 3, open: true })
		);
		expect(parsed).toMatchObject({ fte: 0.4, hoursPerWeek: 20, focusFactor: 0, aiLevel: 3 });
		expect(parsed.open).toBe(true);
	});

	it('trims the title', () => {
		expect(seatSchema.parse(seat('a', null, { title: '  Brand lead ' })).title).toBe('Brand lead');
	});

	it.each([
		{ name: 'fte 0', patch: { fte: 0 }, path: ['fte'], says: 'above 0' },
		{ name: 'fte 1.5', patch: { fte: 1.5 }, path: ['fte'], says: 'at most 1' },
		{ name: 'negative fte', patch: { fte: -0.5 }, path: ['fte'], says: 'above 0' },
		{ name: 'hoursPerWeek 0', patch: { hoursPerWeek: 0 }, path: ['hoursPerWeek'], says: '' },
		{ name: 'hoursPerWeek 81', patch: { hoursPerWeek: 81 }, path: ['hoursPerWeek'], says: '' },
		{ name: 'focusFactor 1.1', patch: { focusFactor: 1.1 }, path: ['focusFactor'], says: '' },
		{ name: 'aiLevel 4', patch: { aiLevel: 4 }, path: ['aiLevel'], says: 'expected 0, 1, 2 or 3' },
		{ name: 'an unknown kind', patch: { kind: 'wizard' }, path: ['kind'], says: '' },
		{ name: 'an empty title', patch: { title: '  ' }, path: ['title'], says: 'must not be empty' },
		{ name: 'a bad id', patch: { id: 'no spaces' }, path: ['id'], says: 'letters, digits' },
		{ name: 'a bad managerId', patch: { managerId: '-x' }, path: ['managerId'], says: '' },
		{
			name: 'a bad audience id',
			patch: { audienceIds: ['ok', 'a b'] },
			path: ['audienceIds', 1],
			says: ''
		},
		{ name: 'an upper-case craft', patch: { craft: 'Brand' }, path: ['craft'], says: 'lowercase' },
		{
			name: 'a bad email',
			patch: { memberEmail: 'not-an-email' },
			path: ['memberEmail'],
			says: 'email'
		},
		{
			name: 'an email without domain',
			patch: { memberEmail: 'ann@' },
			path: ['memberEmail'],
			says: 'email'
		},
		{ name: 'a negative annual cost', patch: { annualCost: -1 }, path: ['annualCost'], says: '' }
	])('rejects $name at path $path', ({ patch, path, says }) => {
		const issue = firstIssue(seatSchema.safeParse({ ...seat('a', null), ...patch }));
		expect(issue.path).toEqual(path);
		expect(issue.message).toContain(says);
	});

	it.each([
		{ name: 'fte 1', patch: { fte: 1 } },
		{ name: 'fte 0.1', patch: { fte: 0.1 } },
		{ name: 'a valid email', patch: { memberEmail: 'ann.lee+gtm@example.co.uk' } },
		{ name: 'a custom craft slug', patch: { craft: 'partner-marketing' } },
		{ name: 'an open seat without a person', patch: { open: true } }
	])('accepts $name', ({ patch }) => {
		expect(seatSchema.safeParse({ ...seat('a', null), ...patch }).success).toBe(true);
	});

	it('rejects a missing managerId (null is required for the root)', () => {
		const input = { id: 'a', title: 'Top', kind: 'cmo' };
		expect(firstIssue(seatSchema.safeParse(input)).path).toEqual(['managerId']);
	});
});

describe('idSchema', () => {
	it.each(['a', 'A1', 'gtm_ent-2', 'x'.repeat(64)])('accepts %j', (id) => {
		expect(idSchema.safeParse(id).success).toBe(true);
	});

	it.each(['', '-lead', '_lead', 'has space', 'a/b', 'é', 'x'.repeat(65)])('rejects %j', (id) => {
		expect(idSchema.safeParse(id).success).toBe(false);
	});
});

describe('unknown fields are rejected and named', () => {
	it.each([
		{ name: 'seat', schema: seatSchema, input: { ...seat('a', null), salary: 1 }, path: [] },
		{ name: 'audience', schema: audienceSchema, input: { ...audience('e'), salary: 1 }, path: [] },
		{
			name: 'dotted line',
			schema: dottedLineSchema,
			input: { fromSeatId: 'a', toSeatId: 'b', salary: 1 },
			path: []
		},
		{
			name: 'design',
			schema: designSchema,
			input: { name: 'D', structure: 'solo', seats: [seat('a', null)], salary: 1 },
			path: []
		},
		{
			name: 'seat inside a design',
			schema: designSchema,
			input: { name: 'D', structure: 'solo', seats: [{ ...seat('a', null), salary: 1 }] },
			path: ['seats', 0]
		}
	])('$name', ({ schema, input, path }) => {
		const result = schema.safeParse(input);
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0]!;
		expect(issue.code).toBe('unrecognized_keys');
		expect(issue.path).toEqual(path);
		expect(issue.message).toContain('salary');
	});
});

describe('audienceSchema and dottedLineSchema', () => {
	it('apply their defaults', () => {
		expect(audienceSchema.parse(audience('ent'))).toEqual({
			id: 'ent',
			name: 'Audience ent',
			segment: '',
			products: [],
			regions: []
		});
		expect(dottedLineSchema.parse({ fromSeatId: 'a', toSeatId: 'b' })).toEqual({
			fromSeatId: 'a',
			toSeatId: 'b',
			label: ''
		});
	});

	it('rejects a bad ownerSeatId and an empty product name', () => {
		expect(audienceSchema.safeParse(audience('e', { ownerSeatId: 'a b' })).success).toBe(false);
		expect(audienceSchema.safeParse(audience('e', { products: [''] })).success).toBe(false);
	});
});

describe('designSchema', () => {
	it('refuses a company profile with negative or absurd figures, naming the field', () => {
		const base = { name: 'D', structure: 'solo', seats: [seat('a', null)] };
		expect(designSchema.safeParse({ ...base, profile: focusedCompany }).success).toBe(true);
		for (const [field, value, message] of [
			['channels', 1_000_000, 'must be at most 50'],
			['campaignsPerQuarter', -3, 'must be at least 0'],
			['salesTeamSize', 2.5, 'expected a whole number']
		] as const) {
			const result = designSchema.safeParse({
				...base,
				profile: { ...focusedCompany, [field]: value }
			});
			expect(result.success).toBe(false);
			expect(result.error!.issues[0]).toMatchObject({ path: ['profile', field], message });
		}
	});

	it('applies defaults to the design and to every seat in it', () => {
		const d = design([seat('a', null), seat('b', 'a')]);
		expect(d).toMatchObject({ description: '', audiences: [], dottedLines: [] });
		for (const s of d.seats)
			expect(s).toMatchObject({ fte: 1, hoursPerWeek: 40, focusFactor: 0.5, aiLevel: 0 });
	});

	it('rejects a design without seats', () => {
		const result = designSchema.safeParse({ name: 'Empty', structure: 'solo', seats: [] });
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]).toMatchObject({
			path: ['seats'],
			message: 'a scenario needs at least one seat'
		});
	});

	it('rejects an unknown structure', () => {
		const result = designSchema.safeParse({
			name: 'D',
			structure: 'matrix',
			seats: [seat('a', null)]
		});
		expect(result.error?.issues[0]?.path).toEqual(['structure']);
	});

	it('names the field path of a bad seat inside a design', () => {
		const result = designSchema.safeParse({
			name: 'D',
			structure: 'solo',
			seats: [seat('a', null), seat('b', 'a', { fte: 0 })]
		});
		expect(result.error?.issues[0]?.path).toEqual(['seats', 1, 'fte']);
	});
});

describe('scenarioSchema', () => {
	const stored = {
		...design([seat('a', null)]),
		id: 'sc-1',
		status: 'draft',
		visibility: 'private',
		authorId: 'u-1',
		version: 1,
		createdAt: '2025-01-01T00:00:00Z',
		updatedAt: '2025-01-01T00:00:00Z'
	};

	it('accepts a stored scenario', () => {
		expect(scenarioSchema.safeParse(stored).success).toBe(true);
	});

	it.each([
		{ name: 'version 0', patch: { version: 0 }, path: ['version'] },
		{ name: 'a fractional version', patch: { version: 1.5 }, path: ['version'] },
		{ name: 'an unknown status', patch: { status: 'published' }, path: ['status'] },
		{ name: 'a date that is not ISO', patch: { updatedAt: 'yesterday' }, path: ['updatedAt'] }
	])('rejects $name', ({ patch, path }) => {
		const result = scenarioSchema.safeParse({ ...stored, ...patch });
		expect(result.error?.issues[0]?.path).toEqual(path);
	});
});

describe('seat consistency', () => {
	it('refuses an audience listed twice on one seat', () => {
		const parsed = seatSchema.safeParse({
			id: 'a',
			title: 'A',
			kind: 'gtm-marketer',
			managerId: null,
			audienceIds: ['p', 'p']
		});
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]).toMatchObject({
			path: ['audienceIds'],
			message: 'lists an audience more than once'
		});
	});

	it('refuses an open seat that names a person', () => {
		const parsed = seatSchema.safeParse({
			id: 'a',
			title: 'A',
			kind: 'specialist',
			managerId: null,
			open: true,
			personName: 'Ana'
		});
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues[0]?.path).toEqual(['personName']);
	});
});
