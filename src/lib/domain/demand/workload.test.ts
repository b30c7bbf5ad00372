import { describe, expect, it } from 'vitest';
import { computeDemand } from '../assessment/demand';
import { buildModel } from '../simulation/from-scenario';
import { library, starterDesign } from '../simulation/testing';
import { stepsOf } from '../workflow/schema';
import { templateUnits } from './units';
import { designWorkload } from './workload';

const workflows = { templates: library.templates, defaults: library.demand };
const demo = library.demand.defaultProfile.profile;
const byId = new Map(library.templates.map((t) => [t.id, t]));

/** Units a quarter per activity that a workload asks for: template steps plus recurring work. */
function unitsOf(work: ReturnType<typeof designWorkload>) {
	const units = new Map<string, number>();
	const add = (id: string, n: number) => units.set(id, (units.get(id) ?? 0) + n);
	for (const r of work.runs)
		for (const s of stepsOf(byId.get(r.templateId)!))
			add(s.activityId, r.perQuarter * (s.units ?? 1));
	for (const r of work.recurring) add(r.activityId, r.perQuarter);
	return units;
}

describe('designWorkload', () => {
	it('asks the simulation for exactly the hours the assessment counts, area by area', () => {
		const design = starterDesign('legacy-functional');
		const work = designWorkload(demo, design, library.activities, workflows);
		const demand = computeDemand(
			demo,
			library.activities,
			0,
			templateUnits(demo, library.activities, workflows)
		);
		const units = unitsOf(work);
		for (const area of demand.areas) {
			const hours = area.activities.reduce(
				(t, a) => t + ((units.get(a.activityId) ?? 0) / 13) * a.hoursPerUnit,
				0
			);
			expect(hours, area.area).toBeCloseTo(area.demandHoursPerWeek, 6);
		}
	});

	it('keeps the quarter’s units when the runs are given instead: the rest recurs', () => {
		const design = starterDesign('two-tower');
		const all = unitsOf(designWorkload(demo, design, library.activities, workflows));
		const runs = [{ templateId: 'paid-campaign', audienceId: 'procurement', perQuarter: 1 }];
		const given = unitsOf(designWorkload(demo, design, library.activities, workflows, { runs }));
		for (const [id, n] of all) expect(given.get(id) ?? 0, id).toBeCloseTo(n, 6);
	});

	it('spreads audience work over the audiences and scales with the profile', () => {
		const design = starterDesign('two-tower');
		const work = designWorkload(demo, design, library.activities, workflows);
		const interviews = work.recurring.filter((r) => r.activityId === 'customer-interview');
		expect(interviews.map((r) => r.audienceId).sort()).toEqual(
			design.audiences.map((a) => a.id).sort()
		);
		const bigger = designWorkload(
			{ ...demo, campaignsPerQuarter: demo.campaignsPerQuarter * 2 },
			design,
			library.activities,
			workflows
		);
		const total = (w: typeof work) => [...unitsOf(w).values()].reduce((t, n) => t + n, 0);
		expect(total(bigger)).toBeGreaterThan(total(work));
	});

	it('gives every manager their line management and decisions', () => {
		const design = starterDesign('legacy-functional');
		const work = designWorkload(demo, design, library.activities, workflows);
		const cmo = work.management.find((m) => m.seatId === 'cmo')!;
		const { hoursPerReportPerWeek, decisionHoursPerManagerPerWeek } = library.demand.management;
		expect(cmo.reports).toBe(7);
		expect(cmo.hoursPerWeek).toBe(7 * hoursPerReportPerWeek + decisionHoursPerManagerPerWeek);
	});

	it('lists recurring work nobody can do under unresolved, naming its area', () => {
		const design = starterDesign('two-tower');
		const noOps = {
			...design,
			seats: design.seats.filter(
				(s) => s.craft !== 'marketing-operations' || s.kind === 'craft-custodian'
			)
		};
		const seats = noOps.seats.map((s) =>
			s.craft === 'marketing-operations' ? { ...s, craft: 'brand' } : s
		);
		const bare = { ...noOps, seats };
		const work = designWorkload(demo, bare, library.activities, workflows);
		const built = buildModel({
			design: bare,
			templates: library.templates,
			activities: library.activities,
			workload: work.runs,
			recurring: work.recurring,
			ownerWork: library.demand.ownerWork
		});
		const crm = built.unresolved.filter((u) => u.area === 'crm-integration');
		expect(crm.length).toBeGreaterThan(0);
		expect(crm[0]!.reason).toMatch(/^nobody does the recurring CRM integration work/);
		expect(crm[0]!.templateId).toBe('recurring');
	});
});
