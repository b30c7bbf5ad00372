import { describe, expect, it } from 'vitest';
import { assess } from '../assessment/report';
import { activities, defaults, focusedCompany as focused } from '../assessment/testing';
import type { Profile } from '../assessment/profile';
import type { Design, Seat } from '../scenario/schema';
import type { SimulationReport } from '../simulation/report';
import { differencesOf, runSimulation } from '../simulation/run';
import { library, starterDesign } from '../simulation/testing';

/**
 * The calibrated reference cases of models/README.md ("Reference cases"). Each prints the
 * figures the table records, so a change to a default shows up here and in the table together.
 */
const workflows = { templates: library.templates, defaults: library.demand };
const demo = library.demand.defaultProfile.profile;
const print = (label: string, figures: Record<string, unknown>) =>
	console.info(`${label}: ${JSON.stringify(figures)}`);

/** Seed 000's focused company at growth scope. */
export const growth: Profile = {
	...focused,
	audiences: 4,
	products: 3,
	channels: 8,
	regions: 2,
	campaignsPerQuarter: 12,
	eventsPerYear: 12,
	salesTeamSize: 15,
	growthTargetPct: 60,
	focusedGoals: false
};
/** No scenario: one full-time coordinator working alone, as the assessment screen assumes. */
const coordinator: Seat[] = [];

/** The seeds case 3 is checked over; the table's figures are seed 7's. */
const seeds = [1, 2, 3, 7, 11];
const simulate = (design: Design, seed = 7) =>
	runSimulation({ scenario: design, run: { seed, replications: 5, sensitivity: false } }, library);

describe('reference cases', () => {
	it('1. seed 000 focused company, one full-time coordinator: viable, planning protected', () => {
		const r = assess(focused, coordinator, activities, defaults, {}, workflows);
		const g = assess(growth, coordinator, activities, defaults, {}, workflows);
		const weekly = r.areas
			.flatMap((a) => a.activities)
			.flatMap((a) => a.byDriver.filter((d) => d.per === 'week'))
			.reduce((t, d) => t + d.hoursPerWeek, 0);
		print('focused', {
			ratio: r.compressionRatio,
			demand: r.demandHoursPerWeek,
			capacity: r.capacityHoursPerWeek,
			urgent: r.urgent.hoursPerWeek,
			planning: r.planning.survivingHoursPerWeek,
			weekly,
			broken: r.verdict.broken
		});
		expect(r.staffing).toBe('default-coordinator');
		expect(r.verdict.viable).toBe(true);
		expect(r.verdict.broken).toEqual([]);
		// Planning keeps its protected block in a reactive-first week.
		expect(r.planning.protectedMinimumHoursPerWeek).toBe(
			defaults.figures.protectedPlanningHoursPerWeek.value
		);
		expect(r.planning.survivingHoursPerWeek).toBeGreaterThanOrEqual(
			r.planning.protectedMinimumHoursPerWeek
		);
		expect(r.planning.shortfallHoursPerWeek).toBe(0);
		// One marketer writes no team standards or function plans, and fewer asks interrupt.
		expect(r.teamWorkLeftOut.length).toBeGreaterThan(0);
		expect(r.urgent.driver).toContain('go through the plan');
		// Work that recurs every week whatever the company's size does not dominate.
		expect(weekly).toBeLessThan(0.15 * r.demandHoursPerWeek);
		expect(r.compressionRatio).toBeLessThan(g.compressionRatio / 3);
	});

	it('2. the same company at growth scope: not viable, planning squeezed, fractional hours', () => {
		const r = assess(growth, coordinator, activities, defaults, {}, workflows);
		print('growth', {
			ratio: r.compressionRatio,
			demand: r.demandHoursPerWeek,
			planning: r.planning.survivingHoursPerWeek,
			minimum: r.planning.protectedMinimumHoursPerWeek,
			fractional: r.fractionalHoursPerWeek.reduce((t, s) => t + s.hoursPerWeek, 0)
		});
		expect(r.verdict.viable).toBe(false);
		expect(r.planning.survivingHoursPerWeek).toBeLessThan(r.planning.protectedMinimumHoursPerWeek);
		expect(r.fractionalHoursPerWeek.length).toBeGreaterThan(0);
		expect(r.fractionalHoursPerWeek.every((s) => s.hoursPerWeek > 0)).toBe(true);
	});

	describe('the demo profile', () => {
		const functional = simulate(starterDesign('legacy-functional'));
		const towers = simulate(starterDesign('two-tower'));
		const figures = (r: SimulationReport) => ({
			leadDays: r.overall.leadTime.meanHours / 8,
			throughput: r.overall.throughputPerWeek,
			handoffsPerItem: r.overall.handoffsPerItem,
			taxHours: r.handoffTax.hours,
			unresolved: r.unresolved.length
		});

		it('3. functional starter: every seat 40–95% utilised over five seeds, leads on planning, reviews, decisions', () => {
			const use = functional.perSeat.map((s) => [s.seatId, Math.round(s.utilisation * 100)]);
			print('functional', { ...figures(functional), utilisation: Object.fromEntries(use) });
			const range = new Map<string, number[]>();
			for (const seed of seeds) {
				const r = seed === 7 ? functional : simulate(starterDesign('legacy-functional'), seed);
				for (const s of r.perSeat) {
					expect(s.utilisation, `${s.seatId}, seed ${seed}`).toBeGreaterThanOrEqual(0.4);
					expect(s.utilisation, `${s.seatId}, seed ${seed}`).toBeLessThanOrEqual(0.95);
					range.set(s.seatId, [...(range.get(s.seatId) ?? []), Math.round(s.utilisation * 100)]);
				}
			}
			print('functional, lowest and highest over the seeds', {
				...Object.fromEntries([...range].map(([id, u]) => [id, [Math.min(...u), Math.max(...u)]]))
			});
			const recurring = functional.templates.map((t) => t.templateId);
			expect(recurring).toContain('recurring-management');
			expect(recurring).toContain('recurring-strategic-planning');
		});

		it('4. the same people in two towers: hand-offs and hand-off tax compared', () => {
			const { explanation } = differencesOf(functional, towers);
			const perTemplate = (r: SimulationReport) =>
				Object.fromEntries(
					r.templates
						.filter((t) => !t.templateId.startsWith('recurring'))
						.map((t) => [t.templateId, Math.round(t.handoffsPerItem * 100) / 100])
				);
			const use = towers.perSeat.map((s) => [s.seatId, Math.round(s.utilisation * 100)]);
			print('two-tower', { ...figures(towers), explanation, utilisation: Object.fromEntries(use) });
			print('hand-offs per run', {
				functional: perTemplate(functional),
				towers: perTemplate(towers)
			});
			expect(explanation.sentence.length).toBeGreaterThan(0);
			expect(towers.perSeat).toHaveLength(functional.perSeat.length);
			// Custodians shape work at the start, so less is sent back: the tax falls.
			expect(towers.handoffTax.reworkHours).toBeLessThan(functional.handoffTax.reworkHours);
			expect(towers.handoffTax.hours).toBeLessThan(functional.handoffTax.hours);
			// The GTM marketer's own thinking, writing and analysis pass between fewer people (a
			// tenth fewer hand-offs); lead time and throughput are reported whichever way they go.
			expect(towers.overall.handoffsPerItem).toBeLessThan(
				0.95 * functional.overall.handoffsPerItem
			);
			const retainer = (r: SimulationReport) =>
				r.templates.find((t) => t.templateId === 'monthly-retainer')!.handoffsPerItem;
			expect(retainer(towers)).toBeLessThan(retainer(functional));
			expect(towers.unresolved).toEqual([]);
		});

		it('4. the same people in two towers: every seat has work over five seeds (the analyst explained)', () => {
			// The GTM marketers read their own campaign reports (seed 002), so the analyst keeps
			// the data foundation only: tracking, attribution, pipeline analysis and dashboards.
			const floor = (seatId: string) => (seatId === 'marketing-analyst' ? 0.2 : 0.35);
			const range = new Map<string, number[]>();
			for (const seed of seeds) {
				const r = seed === 7 ? towers : simulate(starterDesign('two-tower'), seed);
				for (const s of r.perSeat) {
					expect(s.utilisation, `${s.seatId}, seed ${seed}`).toBeGreaterThanOrEqual(
						floor(s.seatId)
					);
					expect(s.utilisation, `${s.seatId}, seed ${seed}`).toBeLessThanOrEqual(0.95);
					range.set(s.seatId, [...(range.get(s.seatId) ?? []), Math.round(s.utilisation * 100)]);
				}
			}
			print('two-tower, lowest and highest over the seeds', {
				...Object.fromEntries([...range].map(([id, u]) => [id, [Math.min(...u), Math.max(...u)]]))
			});
		});

		it('5. two towers with AI one level up: capacity reclaimed, review hours AI adds', () => {
			const base = starterDesign('two-tower');
			const raised: Design = {
				...base,
				seats: base.seats.map((s) => ({
					...s,
					aiLevel: Math.min(3, s.aiLevel + 1) as 0 | 1 | 2 | 3
				}))
			};
			const ai = simulate(raised);
			const total = (r: SimulationReport, k: 'craft' | 'review') =>
				r.perSeat.reduce((t, s) => t + s.hours[k], 0);
			const reclaimed = total(towers, 'craft') - total(ai, 'craft');
			const addedReview = total(ai, 'review') - total(towers, 'review');
			print('two-tower + AI', { ...figures(ai), reclaimed, addedReview });
			expect(reclaimed).toBeGreaterThan(0);
			expect(addedReview).toBeGreaterThan(0);
			expect(addedReview).toBeLessThan(reclaimed);
		});
	});

	it('uses the demo profile when neither the input nor the scenario names one', () => {
		expect(demo.audiences).toBe(starterDesign('legacy-functional').audiences.length);
	});
});
