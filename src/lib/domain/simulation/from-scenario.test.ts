import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meanHours } from '../catalogue/effort';
import { catalogueSchema } from '../catalogue/schema';
import { demandDefaultsSchema } from '../demand/schema';
import { designWorkload } from '../demand/workload';
import { designSchema, type DesignInput } from '../scenario/schema';
import { starterSchema } from '../scenario/starter';
import { workflowTemplateSchema } from '../workflow/schema';
import { template } from '../workflow/testing';
import { simulate } from './engine';
import { buildModel } from './from-scenario';
import { simulationModelSchema } from './schema';

const models = new URL('../../../../models/', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, models), 'utf8'));
const activities = catalogueSchema.parse(read('activities.json')).activities;
const templates = readdirSync(new URL('workflow-templates/', models))
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => workflowTemplateSchema.parse(read(`workflow-templates/${f}`)));
const designOf = (id: string) => starterSchema.parse(read(`starters/${id}.json`)).design;
const demand = demandDefaultsSchema.parse(read('demand.json'));
const { ownerWork } = demand;
const built = (id: string) =>
	buildModel({ design: designOf(id), templates, activities, ownerWork });
/** Four quarters, two replications: enough completed items to compare, well under a second. */
const run = (id: string) =>
	simulate(built(id).model, { seed: 7, replications: 2, horizonHours: 4 * 520 });

describe('buildModel on the starters', () => {
	it('has eight templates to run', () => expect(templates).toHaveLength(8));

	it('builds the same template flows for legacy functional and two towers, both completing work', () => {
		const legacy = built('legacy-functional');
		const towers = built('two-tower');
		expect(() => simulationModelSchema.parse(legacy.model)).not.toThrow();
		// Same workload: the same eight templates for the same four audiences.
		expect(legacy.model.flows.map((f) => f.id)).toEqual(towers.model.flows.map((f) => f.id));
		expect(legacy.model.flows).toHaveLength(32);
		const a = run('legacy-functional');
		const b = run('two-tower');
		expect(a.overall.completedItems).toBeGreaterThan(20);
		expect(b.overall.completedItems).toBeGreaterThan(20);
		console.info(
			`legacy: ${a.overall.handoffsPerItem.toFixed(2)} hand-offs/item, ` +
				`lead ${a.overall.leadTime.meanHours.toFixed(1)} h; two-tower: ` +
				`${b.overall.handoffsPerItem.toFixed(2)} hand-offs/item, ` +
				`lead ${b.overall.leadTime.meanHours.toFixed(1)} h`
		);
		// Which design hands off less is a reference case (src/lib/domain/demand/reference.test.ts).
		expect(a.overall.handoffsPerItem).toBeGreaterThan(0);
		expect(b.overall.handoffsPerItem).toBeGreaterThan(0);
	});

	it('in two towers, the writers draft the always-on blog posts and the owner their own run’s', () => {
		const design = designOf('two-tower');
		const work = designWorkload(demand.defaultProfile.profile, design, activities, {
			templates,
			defaults: demand
		});
		const { model, stations } = buildModel({
			design,
			templates,
			activities,
			workload: work.runs,
			recurring: work.recurring,
			ownerWork
		});
		const seatsOf = (stationId: string) =>
			stations.find((s) => s.stationId === stationId)!.seatIds.sort();
		const recurringPosts = model.flows.filter((f) => f.id.startsWith('blog-post-draft--'));
		expect(recurringPosts.length).toBeGreaterThan(0);
		for (const f of recurringPosts)
			expect(seatsOf(f.steps[0]!.stationId)).toEqual(['content-writer', 'content-writer-2']);
		const retainer = model.flows.find((f) => f.id === 'monthly-retainer--enterprise-finance')!;
		const owner = retainer.steps.map((s) => seatsOf(s.stationId));
		expect(owner).toContainEqual(['gtm-enterprise']);
		expect(owner).not.toContainEqual(['content-writer', 'content-writer-2']);
	});

	it('puts most of the solo starter’s work on the coordinator', () => {
		const { stations } = built('solo-coordinator');
		const result = run('solo-coordinator');
		const hours = new Map(result.stations.map((s) => [s.stationId, s.workHours]));
		const total = [...hours.values()].reduce((t, h) => t + h, 0);
		const coordinator = stations.find((s) => s.seatIds.join() === 'marketing-coordinator')!;
		expect(hours.get(coordinator.stationId)! / total).toBeGreaterThan(0.5);
	});

	it('reports the steps the lean agency has nobody for', () => {
		const { unresolved, model } = built('lean-agency');
		expect(unresolved.length).toBeGreaterThan(0);
		expect(unresolved).toContainEqual({
			templateId: 'pipeline-report',
			audienceId: 'client-fernhill',
			stepId: 'dashboard',
			reason: 'no seat with craft "analytics"'
		});
		// Unresolved steps are skipped, but the rest of each flow still runs.
		expect(model.flows.length).toBeGreaterThan(0);
		expect(() => simulationModelSchema.parse(model)).not.toThrow();
	});
});

/** A tiny design: an audience owner, two pooled writers and a brand custodian. */
const tiny = (ai: 0 | 3 | null = null): DesignInput => ({
	name: 'Tiny',
	structure: 'custom',
	audiences: [{ id: 'a1', name: 'Audience one' }],
	seats: [
		{ id: 'owner', title: 'Owner', kind: 'gtm-marketer', managerId: null, audienceIds: ['a1'] },
		{
			id: 'writer-1',
			title: 'Writer',
			kind: 'specialist',
			craft: 'content',
			managerId: 'owner',
			focusFactor: 0.6,
			aiLevel: ai ?? 1
		},
		{
			id: 'writer-2',
			title: 'Writer',
			kind: 'specialist',
			craft: 'content',
			managerId: 'owner',
			fte: 0.5,
			focusFactor: 0.8,
			hoursPerWeek: 36,
			aiLevel: ai ?? 2
		},
		{ id: 'brand', title: 'Brand', kind: 'craft-custodian', craft: 'brand', managerId: 'owner' }
	]
});
const tinyModel = (ai: 0 | 3 | null = null, handoffHours?: number) =>
	buildModel({
		design: designSchema.parse(tiny(ai)),
		templates: [workflowTemplateSchema.parse(template())],
		activities,
		workload: [{ templateId: 'blog-sprint', audienceId: 'a1', perQuarter: 26 }],
		gates: handoffHours === undefined ? {} : { handoffHours }
	});

describe('buildModel on a hand-made design', () => {
	it('pools seats into stations with servers and rateFactor', () => {
		const { model, stations, unresolved } = tinyModel();
		expect(unresolved).toEqual([]);
		expect(stations).toEqual([
			{ stationId: 'owner', seatIds: ['owner'] },
			{ stationId: 'pool', seatIds: ['writer-1', 'writer-2'] },
			{ stationId: 'brand', seatIds: ['brand'] }
		]);
		// writer-1: 1 × 0.6 × 40/40 = 0.6; writer-2: 0.5 × 0.8 × 36/40 = 0.36; mean 0.48.
		expect(model.stations).toEqual([
			{ id: 'owner', servers: 1, rateFactor: 0.5 },
			{ id: 'pool', servers: 2, rateFactor: expect.closeTo(0.48, 12) },
			{ id: 'brand', servers: 1, rateFactor: 0.5 }
		]);
		const [flow] = model.flows;
		expect(flow!.id).toBe('blog-sprint--a1');
		expect(flow!.arrivals).toEqual({ kind: 'poisson', perHour: 26 / 520 });
		// brief → { brand shapes the draft (review at the start) ∥ draft } → brand signs it off →
		// qa (kind:specialist resolves to the same writers).
		expect(flow!.group).toBe('blog-sprint');
		expect(flow!.steps.map((s) => [s.stationId, s.after, s.category])).toEqual([
			['owner', [], 'craft'],
			['brand', [0], 'review'],
			['pool', [0], 'craft'],
			['brand', [2, 1], 'review'],
			['pool', [3], 'craft']
		]);
		// Half the review hours before, half after; the default gates have no rework.
		expect(flow!.steps[1]!.effort).toEqual({ kind: 'fixed', hours: 0.5 });
		expect(flow!.steps[3]!.effort).toEqual({ kind: 'fixed', hours: 0.5 });
		expect(flow!.steps[3]!.rework).toBeUndefined();
		// The pool's AI level is round((1 + 2) / 2) = 2: blog-post-draft keeps 1 − 0.4 of its hours.
		const draft = activities.find((a) => a.id === 'blog-post-draft')!;
		expect(meanHours(flow!.steps[2]!.effort)).toBeCloseTo(meanHours(draft.effortHours) * 0.6, 9);
		expect(() => simulate(model, { replications: 1 })).not.toThrow();
	});

	it('lets AI absorb effort: a higher AI level gives less work per step', () => {
		const effort = (ai: 0 | 3) =>
			tinyModel(ai).model.flows[0]!.steps.map((s) => meanHours(s.effort));
		const none = effort(0);
		const native = effort(3);
		expect(native[2]).toBeLessThan(none[2]!);
		expect(native.reduce((a, b) => a + b)).toBeLessThan(none.reduce((a, b) => a + b));
	});

	it('can switch hand-off costs off', () => {
		const { model } = tinyModel(null, 0);
		expect(model.flows[0]!.steps.map((s) => s.handoffHours)).toEqual([0, 0, 0, 0, 0]);
	});
});
