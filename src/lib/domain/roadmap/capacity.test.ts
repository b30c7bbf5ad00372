import { describe, expect, it } from 'vitest';
import { capacityOf } from '../assessment/load';
import { initiativeLimit } from '../assessment/squeeze';
import { meanHours } from '../catalogue/effort';
import { designWorkload } from '../demand/workload';
import { buildModel } from '../simulation/from-scenario';
import { library, starterDesign } from '../simulation/testing';
import { RECURRING } from '../accountability/generate';
import type { Override } from '../accountability/schema';
import { mapOf } from '../accountability/testing';
import { ownerCapacities, recurringHours } from './capacity';

const figures = { protectedPlanningHoursPerWeek: 4, hoursPerInitiativePerWeek: 6 };

describe('ownerCapacities', () => {
	const design = starterDesign('two-tower');
	const caps = ownerCapacities(design, library, figures);

	it("gives each seat the assessment's initiative limit on its capacity after recurring work", () => {
		const recurring = recurringHours(design, library);
		for (const seat of design.seats) {
			const { total, planning } = recurring.get(seat.id)!;
			const expected = initiativeLimit(
				[{ capacity: capacityOf(seat), fte: seat.fte, urgent: total - planning, planning }],
				figures.protectedPlanningHoursPerWeek,
				figures.hoursPerInitiativePerWeek
			);
			const cap = caps.find((c) => c.seatId === seat.id)!;
			expect(cap.limit).toBe(expected.limit);
			expect(cap.freeHoursPerWeek).toBeCloseTo(expected.freeHoursPerWeek, 9);
			expect(cap.plannedHoursPerWeek).toBe(capacityOf(seat));
			expect(cap.hoursBeforeOverload).toBeCloseTo(Math.max(0, capacityOf(seat) - total), 9);
		}
	});

	it("counts exactly the model's recurring and management work, shared by the seats that do it", () => {
		const profile = design.profile ?? library.demand.defaultProfile.profile;
		const work = designWorkload(profile, design, library.activities, {
			templates: library.templates,
			defaults: library.demand
		});
		const managed = work.management.reduce((t, m) => t + m.hoursPerWeek, 0);
		const total = [...recurringHours(design, library).values()].reduce((t, r) => t + r.total, 0);
		const built = buildModel({
			design,
			templates: library.templates,
			activities: library.activities,
			workload: [],
			management: work.management
		});
		const managementInModel = built.model.flows.reduce(
			(t, f) =>
				t + f.arrivals.perHour * 40 * f.steps.reduce((s, st) => s + meanHours(st.effort), 0),
			0
		);
		expect(managementInModel).toBeCloseTo(managed, 6);
		expect(total).toBeGreaterThan(managed);
	});

	it('falls as recurring work grows: a solo coordinator has no free hours and a limit of one', () => {
		const solo = ownerCapacities(starterDesign('solo-coordinator'), library, figures);
		const coordinator = solo.find((c) => c.seatId === 'marketing-coordinator')!;
		expect(coordinator.recurringHoursPerWeek).toBeGreaterThan(coordinator.plannedHoursPerWeek);
		expect(coordinator.freeHoursPerWeek).toBe(0);
		expect(coordinator.limit).toBe(1);
	});

	it('gives more initiatives to a seat with more free hours', () => {
		// A quieter company than the demo's, so that some seats have room for two initiatives.
		const demo = library.demand.defaultProfile.profile;
		const quiet = { ...design, profile: { ...demo, campaignsPerQuarter: 8, salesTeamSize: 20 } };
		const roomy = ownerCapacities(quiet, library, figures).filter(
			(c) => c.freeHoursPerWeek >= 2 * figures.hoursPerInitiativePerWeek
		);
		expect(roomy.length).toBeGreaterThan(0);
		for (const c of roomy) expect(c.limit).toBeGreaterThanOrEqual(2);
	});

	it('follows the stored map: an override moves recurring work and the capacity it takes', () => {
		const row = mapOf(design).assignments.find(
			(a) =>
				a.templateId === RECURRING &&
				library.activities.find((x) => x.id === a.stepId)?.area !== 'strategic-planning' &&
				a.audienceId !== null &&
				a.seatIds.length === 1
		)!;
		const from = row.seatIds[0]!;
		const to = caps
			.filter((c) => c.seatId !== from)
			.reduce((a, b) => (b.freeHoursPerWeek > a.freeHoursPerWeek ? b : a));
		const moved: Override[] = [
			{ activityId: row.stepId, audienceId: row.audienceId, seatId: to.seatId, role: 'A/R' },
			{ activityId: row.stepId, audienceId: row.audienceId, seatId: from, role: null }
		];
		const hours = recurringHours(design, library, moved);
		const before = recurringHours(design, library);
		expect(hours.get(to.seatId)!.total).toBeGreaterThan(before.get(to.seatId)!.total);
		expect(hours.get(from)!.total).toBeLessThan(before.get(from)!.total);
		const after = ownerCapacities(design, library, figures, moved);
		expect(after.find((c) => c.seatId === to.seatId)!.freeHoursPerWeek).toBeLessThan(
			to.freeHoursPerWeek
		);
	});
});
