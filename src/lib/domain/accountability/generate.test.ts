import { describe, expect, it } from 'vitest';
import { activity } from '../catalogue/testing';
import { audience, design, seat, twoTowerDesign } from '../scenario/testing';
import type { Design } from '../scenario/schema';
import { resolvePerformers } from '../workflow/performers';
import { workflowTemplateSchema } from '../workflow/schema';
import { rowGroups as phases } from './schema';
import { template } from '../workflow/testing';
import { generateMap, rowKey } from './generate';
import { isResponsible, type AccountabilityMap } from './schema';
import { library, mapOf, starterDesign } from './testing';

const activities = [
	activity({ id: 'content-brief', name: 'Content brief', craft: 'content', scope: 'audience' }),
	activity({ id: 'blog-post-draft', name: 'Blog post', craft: 'content', scope: 'audience' }),
	activity({ id: 'campaign-qa', name: 'QA', craft: 'marketing-operations', scope: 'audience' }),
	activity({
		id: 'brand-standard',
		name: 'Brand standard',
		craft: 'brand',
		scope: 'cross-audience'
	})
];
const blog = workflowTemplateSchema.parse(template());
const standard = workflowTemplateSchema.parse(
	template({
		id: 'standard',
		phases: [
			{
				phase: 'strategy',
				steps: [
					{
						id: 'std',
						activityId: 'brand-standard',
						performer: 'craft:brand',
						review: { reviewer: 'kind:cmo', checklist: ['Fit'], timing: 'end' }
					}
				]
			}
		]
	})
);
const small = (d: Design) => generateMap({ design: d, templates: [blog, standard], activities });
const roleOf = (map: AccountabilityMap, key: string, seatId: string) =>
	map.rows.find((r) => r.key === key)?.cells.find((c) => c.seatId === seatId)?.role;

describe('generateMap', () => {
	it('takes R from the simulation’s performer resolution for every step of every starter', () => {
		for (const id of ['legacy-functional', 'two-tower', 'solo-coordinator', 'lean-agency']) {
			const d = starterDesign(id);
			const map = mapOf(d);
			for (const t of library.templates)
				for (const a of d.audiences) {
					const resolved = resolvePerformers(
						t,
						d,
						a.id,
						library.activities,
						library.demand.ownerWork
					);
					for (const p of resolved) {
						const assigned = map.assignments.find(
							(x) => x.templateId === t.id && x.stepId === p.stepId && x.audienceId === a.id
						)!;
						expect(assigned.seatIds, `${id} ${t.id}/${p.stepId}`).toEqual(p.seats);
						const row = map.rows.find(
							(r) =>
								r.activityId === assigned.activityId &&
								(r.audienceId === a.id || r.audienceId === null)
						)!;
						const doers = row.cells.filter((c) => isResponsible(c.role)).map((c) => c.seatId);
						for (const s of p.seats) expect(doers, `${id} ${row.key}`).toContain(s);
					}
				}
		}
	});

	it.each([
		// [structure's design, row, seat, role]
		[
			'two-tower: the GTM marketer owns and does audience work',
			'two',
			'content-brief@enterprise',
			'gtm-ent',
			'A/R'
		],
		[
			'two-tower: the custodian owns the cross-audience standard',
			'two',
			'brand-standard@*',
			'brand',
			'A/R'
		],
		[
			'two-tower: the custodian of the craft is consulted',
			'two',
			'blog-post-draft@mid-market',
			'content',
			'C'
		],
		[
			'two-tower: the owner’s manager is informed',
			'two',
			'blog-post-draft@mid-market',
			'gtm-head',
			'I'
		],
		[
			'functional: the craft’s lead is accountable',
			'functional',
			'blog-post-draft@enterprise',
			'content-lead',
			'A'
		],
		[
			'functional: the specialist does the work',
			'functional',
			'blog-post-draft@enterprise',
			'writer',
			'R'
		],
		[
			'functional: QA answers to the ops lead',
			'functional',
			'campaign-qa@enterprise',
			'ops-lead',
			'A'
		],
		['solo: the coordinator carries it', 'solo', 'campaign-qa@enterprise', 'coord', 'A/R']
	] as const)('%s', (_, which, key, seatId, role) => {
		expect(roleOf(small(designs[which]()), key, seatId)).toBe(role);
	});

	it('consults a custodian at the start in two towers even when the template reviews at the end', () => {
		const d = twoTowerDesign();
		const t = workflowTemplateSchema.parse(
			template({
				phases: [
					{
						phase: 'creative',
						steps: [
							{
								id: 'draft',
								activityId: 'blog-post-draft',
								performer: 'audience-owner',
								review: { reviewer: 'craft:brand', checklist: ['Voice'], timing: 'end' }
							}
						]
					}
				]
			})
		);
		const map = generateMap({ design: d, templates: [t], activities });
		const cell = map.rows[0]!.cells.find((c) => c.seatId === 'brand');
		expect(cell).toMatchObject({ role: 'C', timing: 'start' });
		expect(map.assignments[0]!.review).toEqual({ seatIds: ['brand'], timing: 'end' });
	});

	it('keeps a functional review at the end where the template puts it', () => {
		const map = small(designs.functional());
		const cmo = map.rows
			.find((r) => r.key === 'brand-standard@*')!
			.cells.find((c) => c.seatId === 'cmo');
		expect(cmo).toMatchObject({ role: 'C', timing: 'end' });
	});

	it('lists rows by phase, one per audience for audience work and one for cross-audience work', () => {
		const map = mapOf(starterDesign('two-tower'));
		const order = map.rows.map((r) => phases.indexOf(r.phase));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(map.rows.filter((r) => r.activityId === 'campaign-brief')).toHaveLength(4);
		expect(map.rows.filter((r) => r.activityId === 'data-hygiene').map((r) => r.key)).toEqual([
			rowKey('data-hygiene', null)
		]);
	});

	it('gives a design without audiences one row per activity and leaves unresolvable work empty', () => {
		const d = design([seat('cmo', null, { kind: 'cmo' })], [], { structure: 'two-tower' });
		const map = small(d);
		expect(map.rows.map((r) => r.key)).toEqual([
			'content-brief@*',
			'brand-standard@*',
			'blog-post-draft@*',
			'campaign-qa@*'
		]);
		expect(map.rows.find((r) => r.key === 'content-brief@*')!.cells).toEqual([]);
		expect(map.assignments.find((a) => a.stepId === 'brief')!.unresolved).toMatch(/owns audience/);
	});
});

const designs = {
	two: twoTowerDesign,
	functional: () =>
		design(
			[
				seat('cmo', null, { kind: 'cmo' }),
				seat('content-lead', 'cmo', { kind: 'functional-lead', craft: 'content' }),
				seat('writer', 'content-lead', { craft: 'content' }),
				seat('ops-lead', 'cmo', { kind: 'functional-lead', craft: 'marketing-operations' }),
				seat('ops', 'ops-lead', { craft: 'marketing-operations' }),
				seat('brand-lead', 'cmo', { kind: 'functional-lead', craft: 'brand' })
			],
			[audience('enterprise')],
			{ structure: 'functional' }
		),
	solo: () =>
		design(
			[seat('coord', null, { kind: 'coordinator', audienceIds: ['enterprise'] })],
			[audience('enterprise', { ownerSeatId: 'coord' })],
			{ structure: 'solo' }
		)
};
