import { describe, expect, it } from 'vitest';
import { runChecks } from '../accountability/checks';
import { mapOf } from '../accountability/testing';
import { checkDesign, errorsOf } from '../scenario/rules';
import { designSchema, type Design } from '../scenario/schema';
import { starterDesign } from '../simulation/testing';
import type { Placement } from './schema';
import { suggestMapping } from './suggest';
import { transformToTwoTower } from './transform';

const functional = () => starterDesign('legacy-functional');
const audiences = [
	'enterprise-finance',
	'mid-market-finance',
	'procurement',
	'accounting-partners'
];
const draftOf = (choices: Parameters<typeof transformToTwoTower>[1] = {}) => {
	const out = transformToTwoTower(functional(), choices);
	if (!out.ok) throw new Error(out.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
	return out.design;
};
const people = (d: Design) => d.seats.flatMap((s) => s.personName ?? []).sort();
const seatOf = (d: Design, person: string) => d.seats.find((s) => s.personName === person)!;

describe('transformToTwoTower', () => {
	it('makes a valid two-tower draft in which every person holds exactly one seat', () => {
		const draft = draftOf();
		expect(designSchema.parse(draft)).toEqual(draft);
		expect(errorsOf(checkDesign(draft))).toEqual([]);
		expect(draft.structure).toBe('two-tower');
		expect(people(draft)).toEqual(people(functional()));
		expect(new Set(people(draft)).size).toBe(people(draft).length);
		expect(draft.seats.filter((s) => s.open)).toHaveLength(2);
	});

	it('gives a draft whose accountability map passes every check', () => {
		for (const c of runChecks(mapOf(draftOf()))) expect(c, c.id).toMatchObject({ ok: true });
	});

	it('keeps people, costs and hours like for like', () => {
		const draft = draftOf();
		const cost = (d: Design) => d.seats.reduce((n, s) => n + (s.annualCost ?? 0), 0);
		expect(cost(draft)).toBe(cost(functional()));
		expect(seatOf(draft, 'Hannah Lindqvist')).toMatchObject({
			id: 'pmm-close',
			kind: 'gtm-marketer',
			title: 'GTM marketer, Enterprise finance leaders',
			audienceIds: ['enterprise-finance'],
			managerId: 'demand-lead',
			annualCost: 150000
		});
	});

	it.each([
		['Marcus Bell', { kind: 'head-of-gtm', managerId: 'cmo' }],
		['Kwame Mensah', { kind: 'gtm-marketer', audienceIds: ['procurement'] }],
		['Ingrid Halvorsen', { kind: 'craft-custodian', craft: 'brand', title: 'Brand custodian' }],
		['Mei Chen', { kind: 'specialist', managerId: 'brand-lead' }],
		['Daniel Kim', { kind: 'specialist', craft: 'analytics', managerId: 'ops-lead' }],
		['Dana Okafor', { kind: 'cmo', managerId: null }]
	] as const)('places %s from their current role', (person, expected) => {
		expect(seatOf(draftOf(), person)).toMatchObject(expected);
	});

	it('proposes an open GTM seat for a chosen audience nobody was placed on, and draws standards lines', () => {
		const mapping = suggestMapping(functional(), audiences).map((p): Placement =>
			p.audienceId === 'accounting-partners' ? { seatId: p.seatId, to: 'specialist' } : p
		);
		const draft = draftOf({ mapping });
		const open = draft.seats.find((s) => s.audienceIds.includes('accounting-partners'))!;
		expect(open).toMatchObject({ id: 'gtm-accounting-partners', open: true, kind: 'gtm-marketer' });
		expect(draft.audiences.find((a) => a.id === 'accounting-partners')!.ownerSeatId).toBe(open.id);
		expect(draft.dottedLines).toContainEqual({
			fromSeatId: 'brand-lead',
			toSeatId: open.id,
			label: 'standards'
		});
	});

	it('leaves out audiences that were not chosen, and people only when told to', () => {
		const mapping = suggestMapping(functional(), ['procurement']).map((p): Placement =>
			p.seatId === 'event-coordinator' ? { seatId: p.seatId, to: 'leave' } : p
		);
		const draft = draftOf({ audiences: ['procurement'], mapping });
		expect(draft.audiences.map((a) => a.id)).toEqual(['procurement']);
		expect(people(draft)).toEqual(people(functional()).filter((n) => n !== 'Ben Adler'));
	});
});

describe('bad choices', () => {
	const suggested = () => suggestMapping(functional(), audiences);
	const refusal = (choices: Parameters<typeof transformToTwoTower>[1], design = functional()) => {
		const out = transformToTwoTower(design, choices);
		if (out.ok) throw new Error('expected a refusal');
		return out.issues;
	};

	it.each([
		[
			'a person left out',
			() => suggested().filter((p) => p.seatId !== 'designer'),
			{
				path: 'mapping',
				message:
					'Mei Chen (Designer) is left out: place them, or choose "leave" to drop them from the draft'
			}
		],
		[
			'a person in two seats',
			() => [
				...suggested(),
				{ seatId: 'designer', to: 'craft-custodian', craft: 'design' } as Placement
			],
			{
				path: 'mapping[30]',
				message:
					'Mei Chen (Designer) is placed twice (mapping[8] and mapping[30]); a person holds exactly one seat'
			}
		],
		[
			'a GTM marketer without an audience',
			() =>
				suggested().map((p) =>
					p.seatId === 'designer' ? { seatId: p.seatId, to: 'gtm-marketer' as const } : p
				),
			{
				path: 'mapping[8].audienceId',
				message: 'Mei Chen (Designer) becomes a GTM marketer: name the audience they will own'
			}
		],
		[
			'two owners for one audience',
			() =>
				suggested().map((p) =>
					p.seatId === 'designer'
						? { seatId: p.seatId, to: 'gtm-marketer' as const, audienceId: 'procurement' }
						: p
				),
			{
				path: 'mapping[8].audienceId',
				message: '"procurement" already has a GTM marketer (mapping[3]); an audience has one owner'
			}
		],
		[
			'an unknown seat',
			() => [...suggested(), { seatId: 'ghost', to: 'specialist' } as Placement],
			{ path: 'mapping[30].seatId', message: 'no seat "ghost" in this scenario' }
		],
		[
			'no CMO',
			() => suggested().map((p) => (p.to === 'cmo' ? { ...p, to: 'specialist' as const } : p)),
			{ path: 'mapping', message: 'place exactly one seat as CMO, the top of the chart (found 0)' }
		]
	])('refuses %s with a clear message', (_, mapping, issue) => {
		expect(refusal({ audiences, mapping: mapping() })).toContainEqual(issue);
	});

	it('refuses an audience the scenario does not have', () => {
		expect(refusal({ audiences: ['martians'] })).toEqual([
			{
				path: 'audiences[0]',
				message:
					'no audience "martians" in this scenario (expected one of "enterprise-finance", "mid-market-finance", "procurement", "accounting-partners")'
			}
		]);
	});

	it('refuses a scenario that is not functional', () => {
		expect(refusal({}, starterDesign('two-tower'))).toEqual([
			{
				path: 'structure',
				message: 'the wizard turns a functional scenario into two towers; this one is two-tower'
			}
		]);
	});
});
