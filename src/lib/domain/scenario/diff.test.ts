import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDesigns, highlightFor, type ScenarioDiff } from './diff';
import type { Design, SeatInput } from './schema';
import { starterSchema } from './starter';
import { audience, design, seat } from './testing';

type Changes = Omit<ScenarioDiff, 'totals' | 'matched'>;
const none: Changes = {
	added: [],
	removed: [],
	moved: [],
	kindChanged: [],
	ownershipGained: [],
	ownershipLost: []
};
const changesOf = ({ totals: _t, matched: _m, ...changes }: ScenarioDiff): Changes => changes;

const audiences = [
	audience('ent', { name: 'Enterprise' }),
	audience('mid', { name: 'Mid-market' })
];
const baseSeats: SeatInput[] = [
	seat('cmo', null, { title: 'CMO', kind: 'cmo', personName: 'Dana' }),
	seat('lead', 'cmo', { title: 'Head of content', kind: 'functional-lead', personName: 'Rae' }),
	seat('writer', 'lead', { title: 'Writer', personName: 'Liam' }),
	seat('gtm', 'cmo', { title: 'GTM marketer', kind: 'gtm-marketer', audienceIds: ['ent'] })
];
/** The base design with seats replaced, added or (as null) removed by id. */
function variant(changes: Record<string, SeatInput | null>): Design {
	const kept = baseSeats.flatMap((s) => (changes[s.id] === null ? [] : [changes[s.id] ?? s]));
	const fresh = Object.entries(changes).flatMap(([id, s]) =>
		s && !baseSeats.some((b) => b.id === id) ? [s] : []
	);
	const seats = [...kept, ...fresh];
	const owner = (id: string) => seats.find((s) => s.audienceIds?.includes(id))?.id;
	return design(
		seats,
		audiences.map((a) => ({ ...a, ownerSeatId: owner(a.id) })),
		{ name: 'Variant' }
	);
}
const base = variant({});
const ref = (id: string, title: string, personName?: string) =>
	personName === undefined ? { id, title } : { id, title, personName };
const cmo = ref('cmo', 'CMO', 'Dana');
const lead = ref('lead', 'Head of content', 'Rae');

const cases: { name: string; after: Design; expected: Partial<Changes> }[] = [
	{ name: 'identical designs', after: base, expected: {} },
	{
		name: 'a seat added',
		after: variant({ editor: seat('editor', 'lead', { title: 'Editor', open: true }) }),
		expected: { added: [ref('editor', 'Editor')] }
	},
	{
		name: 'a seat removed',
		after: variant({ writer: null }),
		expected: { removed: [ref('writer', 'Writer', 'Liam')] }
	},
	{
		name: 'a seat moved to a new manager',
		after: variant({ writer: { ...baseSeats[2]!, managerId: 'cmo' } }),
		expected: {
			moved: [{ seat: ref('writer', 'Writer', 'Liam'), fromManager: lead, toManager: cmo }]
		}
	},
	{
		name: 'a kind changed',
		after: variant({ lead: { ...baseSeats[1]!, kind: 'craft-custodian' } }),
		expected: { kindChanged: [{ seat: lead, from: 'functional-lead', to: 'craft-custodian' }] }
	},
	{
		name: 'ownership handed from one seat to another',
		after: variant({
			gtm: { ...baseSeats[3]!, audienceIds: ['mid'] },
			writer: { ...baseSeats[2]!, audienceIds: ['ent'] }
		}),
		expected: {
			ownershipGained: [
				{ seat: ref('writer', 'Writer', 'Liam'), audience: { id: 'ent', name: 'Enterprise' } },
				{ seat: ref('gtm', 'GTM marketer'), audience: { id: 'mid', name: 'Mid-market' } }
			],
			ownershipLost: [
				{ seat: ref('gtm', 'GTM marketer'), audience: { id: 'ent', name: 'Enterprise' } }
			]
		}
	},
	{
		name: 'an added seat gains what it owns, a removed one loses it',
		after: variant({
			gtm: null,
			owner: seat('owner', 'cmo', { title: 'Owner', kind: 'gtm-marketer', audienceIds: ['ent'] })
		}),
		expected: {
			added: [ref('owner', 'Owner')],
			removed: [ref('gtm', 'GTM marketer')],
			ownershipGained: [
				{ seat: ref('owner', 'Owner'), audience: { id: 'ent', name: 'Enterprise' } }
			],
			ownershipLost: [
				{ seat: ref('gtm', 'GTM marketer'), audience: { id: 'ent', name: 'Enterprise' } }
			]
		}
	},
	{
		name: 'a new id for the same person (case ignored) is a move, not add and remove',
		after: variant({
			writer: null,
			'gtm-2': seat('gtm-2', 'cmo', { title: 'GTM marketer, SMB', personName: 'LIAM' })
		}),
		expected: {
			moved: [
				{ seat: ref('gtm-2', 'GTM marketer, SMB', 'LIAM'), fromManager: lead, toManager: cmo }
			]
		}
	},
	{
		name: 'a new id with the same title and kind is the same seat',
		after: variant({ gtm: null, 'gtm-x': { ...baseSeats[3]!, id: 'gtm-x' } }),
		expected: {}
	},
	{
		name: 'a title and kind that occur twice match nothing',
		after: variant({
			gtm: null,
			g1: { ...baseSeats[3]!, id: 'g1', audienceIds: [] },
			g2: { ...baseSeats[3]!, id: 'g2', audienceIds: [] }
		}),
		expected: {
			added: [ref('g1', 'GTM marketer'), ref('g2', 'GTM marketer')],
			removed: [ref('gtm', 'GTM marketer')],
			ownershipLost: [
				{ seat: ref('gtm', 'GTM marketer'), audience: { id: 'ent', name: 'Enterprise' } }
			]
		}
	},
	{
		name: 'a manager recognised by person under a new id does not move its reports',
		after: variant({
			lead: null,
			custodian: seat('custodian', 'cmo', { title: 'Content custodian', personName: 'Rae' }),
			writer: { ...baseSeats[2]!, managerId: 'custodian' }
		}),
		expected: {
			kindChanged: [
				{
					seat: ref('custodian', 'Content custodian', 'Rae'),
					from: 'functional-lead',
					to: 'specialist'
				}
			]
		}
	},
	{
		name: 'reports of a removed manager move up',
		after: variant({ lead: null, writer: { ...baseSeats[2]!, managerId: 'cmo' } }),
		expected: {
			removed: [lead],
			moved: [{ seat: ref('writer', 'Writer', 'Liam'), fromManager: lead, toManager: cmo }]
		}
	}
];

describe('diffDesigns', () => {
	it.each(cases)('$name', ({ after, expected }) => {
		expect(changesOf(diffDesigns(base, after))).toEqual({ ...none, ...expected });
	});

	it('a new id for the same person is reported as matched by person', () => {
		const after = variant({ writer: null, w2: { ...baseSeats[2]!, id: 'w2', title: 'Editor' } });
		expect(diffDesigns(base, after).matched.find((p) => p.after.id === 'w2')).toEqual({
			before: ref('writer', 'Writer', 'Liam'),
			after: ref('w2', 'Editor', 'Liam'),
			matchedBy: 'person'
		});
	});

	it('totals count people, open seats, FTE and annual cost before and after', () => {
		const before = design([
			seat('a', null, { fte: 1, annualCost: 200_000 }),
			seat('b', 'a', { fte: 0.5, annualCost: 50_000 }),
			seat('c', 'a', { open: true, fte: 0.3 })
		]);
		const after = design([
			seat('a', null, { fte: 1, annualCost: 210_000 }),
			seat('d', 'a', { open: true, fte: 0.1, annualCost: 90_000 }),
			seat('e', 'a', { open: true, fte: 0.2, annualCost: 90_000 })
		]);
		expect(diffDesigns(before, after).totals).toEqual({
			headcount: { before: 2, after: 1, delta: -1 },
			openSeats: { before: 1, after: 2, delta: 1 },
			fte: { before: 1.8, after: 1.3, delta: -0.5 },
			annualCost: { before: 250_000, after: 390_000, delta: 140_000 }
		});
	});
});

describe('highlightFor', () => {
	const after = variant({
		lead: null,
		custodian: seat('custodian', 'cmo', { title: 'Content custodian', personName: 'Rae' }),
		writer: { ...baseSeats[2]!, managerId: 'cmo' },
		gtm: { ...baseSeats[3]!, audienceIds: ['ent', 'mid'] },
		hire: seat('hire', 'cmo', { title: 'Hire', open: true })
	});
	const diff = diffDesigns(base, after);

	it('marks each side by its own seat ids, added and removed before moved before changed', () => {
		expect(Object.fromEntries(highlightFor(diff, 'after'))).toEqual({
			hire: 'added',
			writer: 'moved',
			custodian: 'changed',
			gtm: 'changed'
		});
		expect(Object.fromEntries(highlightFor(diff, 'before'))).toEqual({
			writer: 'moved',
			lead: 'changed',
			gtm: 'changed'
		});
	});

	it('marks a removed seat on the before side only', () => {
		const removed = diffDesigns(base, variant({ writer: null }));
		expect(Object.fromEntries(highlightFor(removed, 'before'))).toEqual({ writer: 'removed' });
		expect(highlightFor(removed, 'after').size).toBe(0);
	});
});

describe('the legacy functional and two-tower starters', () => {
	const starter = (id: string) =>
		starterSchema.parse(
			JSON.parse(
				readFileSync(new URL(`../../../../models/starters/${id}.json`, import.meta.url), 'utf8')
			)
		).design;
	const legacy = starter('legacy-functional');
	const twoTower = starter('two-tower');
	const lean = starter('two-tower-lean');
	const diff = diffDesigns(legacy, twoTower);
	const leaner = diffDesigns(legacy, lean);
	const ids = (refs: { id: string }[]) => refs.map((r) => r.id);

	it('rearranges the same people: nobody added or removed, people recognised in new seats', () => {
		expect(diff.added).toEqual([]);
		expect(diff.removed).toEqual([]);
		expect(diff.matched.filter((p) => p.matchedBy === 'person')).toHaveLength(11);
		expect(diff.matched.find((p) => p.after.id === 'head-of-gtm')?.before.id).toBe('demand-lead');
	});

	it('moves only those whose manager is another person', () => {
		expect(diff.moved.map((m) => [m.seat.personName, m.fromManager?.id, m.toManager?.id])).toEqual([
			['Hannah Lindqvist', 'pmm-lead', 'head-of-gtm'],
			['Kwame Mensah', 'pmm-lead', 'head-of-gtm'],
			['Camila Torres', 'demand-lead', 'ops-custodian'],
			['Jordan Blake', 'demand-lead', 'content-custodian']
		]);
	});

	it('turns functional leads into custodians and gives every audience an owner', () => {
		expect(diff.kindChanged).toHaveLength(11);
		expect(diff.kindChanged).toContainEqual({
			seat: { id: 'brand-custodian', title: 'Brand custodian', personName: 'Ingrid Halvorsen' },
			from: 'functional-lead',
			to: 'craft-custodian'
		});
		expect(diff.ownershipGained.map((o) => o.audience.id).sort()).toEqual(
			legacy.audiences.map((a) => a.id).sort()
		);
		expect(diff.ownershipLost).toEqual([]);
	});

	it('keeps headcount, FTE and cost; the leaner variant reports its smaller team', () => {
		expect(diff.totals).toEqual({
			headcount: { before: 28, after: 28, delta: 0 },
			openSeats: { before: 2, after: 2, delta: 0 },
			fte: { before: 30, after: 30, delta: 0 },
			annualCost: { before: 4_395_000, after: 4_395_000, delta: 0 }
		});
		expect(ids(leaner.added)).toEqual(['gtm-partners']);
		expect(leaner.removed).toHaveLength(13);
		expect(leaner.totals).toEqual({
			headcount: { before: 28, after: 17, delta: -11 },
			openSeats: { before: 2, after: 1, delta: -1 },
			fte: { before: 30, after: 18, delta: -12 },
			annualCost: { before: 4_395_000, after: 3_140_000, delta: -1_255_000 }
		});
	});

	it('read the other way, what was added is removed', () => {
		const back = diffDesigns(lean, legacy);
		expect(ids(back.removed)).toEqual(ids(leaner.added));
		expect(ids(back.added).sort()).toEqual(ids(leaner.removed).sort());
		expect(back.ownershipLost).toHaveLength(4);
	});
});
