import { assignedByOverrides } from '../accountability/assigned';
import type { Override } from '../accountability/schema';
import { capacityOf } from '../assessment/load';
import { initiativeLimit } from '../assessment/squeeze';
import { meanHours } from '../catalogue/effort';
import { designWorkload } from '../demand/workload';
import type { Design } from '../scenario/schema';
import { buildModel } from '../simulation/from-scenario';
import { defaultValues } from '../simulation/assumptions';
import type { SimulationLibrary } from '../simulation/run';
import { HOURS_PER_WEEK } from '../simulation/schema';

/** The two assessment figures the limit uses (models/assessment.json). */
export interface LimitFigures {
	/** Protected planning minimum, hours per week per lead FTE. */
	protectedPlanningHoursPerWeek: number;
	/** Hours per week that keep one initiative moving. */
	hoursPerInitiativePerWeek: number;
}

/** What one seat can give the roadmap each week (hours/week) and how many initiatives at once. */
export interface OwnerCapacity {
	seatId: string;
	title: string;
	personName: string | null;
	/** hoursPerWeek × fte × focusFactor: planned hours per week (the assessment's capacity). */
	plannedHoursPerWeek: number;
	/** The seat's recurring work and line management in the simulation model, hours/week. */
	recurringHoursPerWeek: number;
	/** Of which strategic planning, hours/week. */
	planningHoursPerWeek: number;
	/** Planned hours left after recurring work and the protected planning block, hours/week. */
	freeHoursPerWeek: number;
	/** Planned hours left after recurring work alone: past this, initiatives eat other work. */
	hoursBeforeOverload: number;
	/** Concurrent initiatives the seat can keep moving (assessment's initiativeLimit, ≥ 1). */
	limit: number;
}

/**
 * Recurring hours per week per seat and the part that is strategic planning: the demand model's
 * recurring work and line management for the design, built into simulation flows (so each unit
 * goes to the seat the simulation sends it to, after AI), at mean effort; a pool's hours are
 * shared evenly by its seats, as the simulation's per-seat report does. The accountability map's
 * `overrides` send work where the map says, as they do in the simulation.
 */
export function recurringHours(
	design: Design,
	library: SimulationLibrary,
	overrides: readonly Override[] = []
): Map<string, { total: number; planning: number }> {
	const profile = design.profile ?? library.demand.defaultProfile.profile;
	const work = designWorkload(profile, design, library.activities, {
		templates: library.templates,
		defaults: library.demand
	});
	const built = buildModel({
		design,
		templates: library.templates,
		activities: library.activities,
		workload: [],
		recurring: work.recurring,
		management: work.management,
		ownerWork: library.demand.ownerWork,
		assigned: assignedByOverrides(
			{
				design,
				templates: library.templates,
				activities: library.activities,
				ownerWork: library.demand.ownerWork,
				recurring: work.recurring
			},
			overrides
		),
		gates: { ...defaultValues(library.defaults), maxReviewRounds: library.defaults.maxReviewRounds }
	});
	const seatsOf = new Map(built.stations.map((s) => [s.stationId, s.seatIds]));
	const out = new Map(design.seats.map((s) => [s.id, { total: 0, planning: 0 }]));
	for (const flow of built.model.flows) {
		const perWeek = flow.arrivals.perHour * HOURS_PER_WEEK;
		for (const step of flow.steps) {
			const seats = seatsOf.get(step.stationId) ?? [];
			const hours = (perWeek * (meanHours(step.effort) + (step.aiReviewHours ?? 0))) / seats.length;
			for (const id of seats) {
				const seat = out.get(id)!;
				seat.total += hours;
				if (flow.group === 'recurring-strategic-planning') seat.planning += hours;
			}
		}
	}
	return out;
}

/**
 * Every seat's roadmap capacity: planned hours (hours/week) less its recurring work in the model,
 * then the assessment's initiativeLimit (less the protected planning block, ÷ hours per
 * initiative, at least one) — the same figures the capacity assessment uses, not a second formula.
 * Recurring work goes where the stored map (generated, then `overrides`) sends it.
 */
export function ownerCapacities(
	design: Design,
	library: SimulationLibrary,
	figures: LimitFigures,
	overrides: readonly Override[] = []
): OwnerCapacity[] {
	const recurring = recurringHours(design, library, overrides);
	const perInitiative = figures.hoursPerInitiativePerWeek;
	return design.seats.map((seat) => {
		const { total, planning } = recurring.get(seat.id)!;
		const week = { capacity: capacityOf(seat), fte: seat.fte, urgent: total - planning, planning };
		const withBlock = initiativeLimit([week], figures.protectedPlanningHoursPerWeek, perInitiative);
		const noBlock = initiativeLimit([{ ...week, urgent: total, planning: 0 }], 0, perInitiative);
		return {
			seatId: seat.id,
			title: seat.title,
			personName: seat.personName ?? null,
			plannedHoursPerWeek: week.capacity,
			recurringHoursPerWeek: total,
			planningHoursPerWeek: planning,
			freeHoursPerWeek: withBlock.freeHoursPerWeek,
			hoursBeforeOverload: noBlock.freeHoursPerWeek,
			limit: withBlock.limit
		};
	});
}
