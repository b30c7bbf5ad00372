import { meanHours } from '../catalogue/effort';
import type { Activity } from '../catalogue/schema';
import type { ManagementWork, RecurringWork } from '../demand/workload';
import type { Design, Seat } from '../scenario/schema';
import { resolvePerformers, type OwnerWork } from '../workflow/performers';
import type { WorkflowTemplate } from '../workflow/schema';
import { HOURS_PER_WEEK } from './schema';
import type { SimulationModel } from './schema';

import { plainGates, type GateParameters } from './gate-parameters';
import { assignedOr, uniqueId, type AssignedSeats, type UnresolvedStep } from './model-parts';
import { managementFlows, recurringFlows } from './recurring-flows';
import { scaleEffort, topologicalSteps } from './scale-effort';

export { plainGates, type GateParameters } from './gate-parameters';
export type { AssignedSeats, UnresolvedStep } from './model-parts';

type FlowStep = SimulationModel['flows'][number]['steps'][number];

/** Runs of one template for one audience in a quarter (a rate: 0.5 is one run per two quarters). */
export interface Workload {
	templateId: string;
	audienceId: string;
	perQuarter: number;
}

export interface BuildModelInput {
	design: Design;
	templates: WorkflowTemplate[];
	activities: Activity[];
	/** Default: every template × every audience of the design at its volumePerAudiencePerQuarter. */
	workload?: Workload[];
	/** Default: plainGates. */
	gates?: Partial<GateParameters>;
	/** Working hours in a quarter that `perQuarter` is spread over. Default 520 (13 × 40 h). */
	quarterHours?: number;
	/** Arrival pattern of runs. Default poisson. */
	arrivals?: 'poisson' | 'even';
	/** Work outside template runs, units a quarter (demand/workload.ts); default none. */
	recurring?: RecurringWork[];
	/** Line management per manager; default none. */
	management?: ManagementWork[];
	/** What a two-tower audience owner does (models/demand.json ownerWork); default nothing. */
	ownerWork?: OwnerWork;
	/** Seats the accountability map's overrides send a step to, instead of the performer rules. */
	assigned?: AssignedSeats;
	/**
	 * Review gates that check AI drafts (`templateId/stepId`, from an approved guardrail policy):
	 * left out where the step's pool absorbs nothing into AI.
	 */
	aiGates?: ReadonlySet<string>;
}

/** A station of the model and the seats whose shared queue it is. */
export interface StationSeats {
	stationId: string;
	seatIds: string[];
}

export interface BuiltModel {
	model: SimulationModel;
	unresolved: UnresolvedStep[];
	stations: StationSeats[];
}

/** Every template for every audience of the design at the template's own volume per quarter. */
export const defaultWorkload = (templates: WorkflowTemplate[], design: Design): Workload[] =>
	templates.flatMap((t) =>
		design.audiences.map((a) => ({
			templateId: t.id,
			audienceId: a.id,
			perQuarter: t.volumePerAudiencePerQuarter
		}))
	);

/**
 * Hours of planned work a seat does per clock hour: fte × focusFactor × hoursPerWeek / 40
 * (a full-time seat at focus 0.5 does 0.5 h of planned work per working hour).
 */
export const seatRate = (s: Seat) => (s.fte * s.focusFactor * s.hoursPerWeek) / HOURS_PER_WEEK;

/**
 * Turns an org design and a workload of workflow templates into a simulation model.
 *
 * - One station per distinct set of seats resolved for a step (by resolvePerformers): the seats
 *   share one FIFO queue; `servers` = number of seats, `rateFactor` = mean seatRate of the pool.
 * - One flow per (template, audience) with perQuarter > 0, grouped by template: arrivals at
 *   perQuarter / quarterHours items per hour; the steps keep the template's dependencies, so
 *   parallel branches run at the same time.
 * - A step's effort is the activity's effortHours × units × (1 − aiShare[level]), level being
 *   the pool's mean AI level rounded; the hours AI absorbed × aiReviewShare come back as review
 *   hours of the same seat.
 * - A review gate timed `end` adds a review step after the work (reviewHours, after a latency of
 *   reviewLatencyHours) that sends it back with reworkProbabilityEnd. Timed `start`, the reviewer
 *   shapes the work while it starts (half the review hours, a branch beside the work, no wait)
 *   and signs it off after (the other half, after the latency) with the lower
 *   reworkProbabilityStart.
 * - Steps (or reviews) nobody can do are left out and listed in `unresolved`; steps waiting for
 *   them wait for what they waited for. A flow left with no steps is omitted, so the model may
 *   have no flows: check before simulating.
 */
export function buildModel(input: BuildModelInput): BuiltModel {
	const { design, templates, activities } = input;
	const gates = { ...plainGates, ...input.gates };
	const quarterHours = input.quarterHours ?? 13 * HOURS_PER_WEEK;
	const workload = input.workload ?? defaultWorkload(templates, design);
	const seatById = new Map(design.seats.map((s) => [s.id, s]));
	const activityById = new Map(activities.map((a) => [a.id, a]));
	const templateById = new Map(templates.map((t) => [t.id, t]));
	const model: SimulationModel = { stations: [], flows: [] };
	const unresolved: UnresolvedStep[] = [];
	const pools = new Map<string, { id: string; aiLevel: number; rate: number }>();
	const stationIds = new Set<string>();
	const flowIds = new Set<string>();

	/** The station of a pool of seats, created on first use. */
	const stationOf = (seatIds: string[]) => {
		const key = [...seatIds].sort().join('\n');
		let pool = pools.get(key);
		if (!pool) {
			const seats = seatIds.map((id) => seatById.get(id)!);
			const mean = (f: (s: Seat) => number) => seats.reduce((t, s) => t + f(s), 0) / seats.length;
			const id = uniqueId(seatIds.length === 1 ? seatIds[0]! : 'pool', 'pool', stationIds);
			pool = { id, aiLevel: Math.round(mean((s) => s.aiLevel)), rate: mean(seatRate) };
			pools.set(key, pool);
			if (pool.rate > 0) model.stations.push({ id, servers: seats.length, rateFactor: pool.rate });
		}
		return pool;
	};

	for (const { templateId, audienceId, perQuarter } of workload) {
		const template = templateById.get(templateId);
		const miss = (stepId: string, reason: string) =>
			unresolved.push({ templateId, audienceId, stepId, reason });
		if (!template) {
			miss('*', `no template "${templateId}"`);
			continue;
		}
		if (!(perQuarter > 0)) continue;
		const who = new Map(
			resolvePerformers(template, design, audienceId, activities, input.ownerWork).map((p) => [
				p.stepId,
				p
			])
		);
		const steps: FlowStep[] = [];
		/** Per template step, the model steps that stand for its finish (its last step, or what it waited for when left out). */
		const ends = new Map<string, number[]>();
		const push = (step: Omit<FlowStep, 'after' | 'handoffHours'>, after: number[]) => {
			steps.push({ ...step, after, handoffHours: gates.handoffHours });
			return steps.length - 1;
		};
		for (const step of topologicalSteps(template)) {
			const waitsFor = [...new Set(step.dependsOn.flatMap((d) => ends.get(d) ?? []))];
			ends.set(step.id, waitsFor);
			const p = assignedOr(
				who.get(step.id)!,
				input.assigned?.(templateId, audienceId, step.id),
				step.activityId
			);
			const activity = activityById.get(step.activityId);
			if (p.seats.length === 0 || !activity) {
				miss(step.id, p.unresolved ?? `no activity "${step.activityId}" in the catalogue`);
				continue;
			}
			const pool = stationOf(p.seats);
			if (pool.rate <= 0) {
				miss(step.id, 'its seats have no planned hours (focus factor 0)');
				continue;
			}
			const units = step.units ?? 1;
			const share = activity.aiShare[pool.aiLevel]!;
			const aiReviewHours = meanHours(activity.effortHours) * units * share * gates.aiReviewShare;
			const work: Omit<FlowStep, 'after' | 'handoffHours'> = {
				stationId: pool.id,
				effort: scaleEffort(activity.effortHours, units * (1 - share)),
				category: 'craft',
				...(aiReviewHours > 0 ? { aiReviewHours } : {})
			};
			const noAiDraft = share === 0 && !!input.aiGates?.has(`${templateId}/${step.id}`);
			const review = p.review && gates.reviewHours > 0 && !noAiDraft ? p.review : undefined;
			const reviewer = review && review.seats.length > 0 ? stationOf(review.seats) : undefined;
			if (review && !(reviewer && reviewer.rate > 0))
				miss(step.id, `review: ${review.unresolved ?? 'its seats have no planned hours'}`);
			if (!review || !reviewer || reviewer.rate <= 0) {
				ends.set(step.id, [push(work, waitsFor)]);
				continue;
			}
			const atStart = step.review!.timing === 'start';
			const hours = atStart ? gates.reviewHours / 2 : gates.reviewHours;
			const gate = (after: number[], latency: number) =>
				push(
					{
						stationId: reviewer.id,
						effort: { kind: 'fixed', hours },
						category: 'review',
						...(latency > 0 ? { latencyHours: latency } : {})
					},
					after
				);
			// Shaping runs beside the work (the reviewer joins the kick-off), not before it.
			const shaped = atStart ? [gate(waitsFor, 0)] : [];
			const done = push(work, waitsFor);
			const signOff = gate([done, ...shaped], gates.reviewLatencyHours);
			const probability = atStart ? gates.reworkProbabilityStart : gates.reworkProbabilityEnd;
			if (probability > 0 && gates.reworkShare > 0)
				steps[signOff]!.rework = {
					step: done,
					probability,
					share: gates.reworkShare,
					maxRounds: gates.maxReviewRounds
				};
			ends.set(step.id, [signOff]);
		}
		if (steps.length === 0) continue;
		const id = uniqueId(`${templateId}--${audienceId}`, 'flow', flowIds);
		const perHour = perQuarter / quarterHours;
		model.flows.push({
			id,
			group: templateId,
			arrivals: { kind: input.arrivals ?? 'poisson', perHour },
			steps
		});
	}
	const flowContext = {
		design,
		activityById,
		gates,
		stationOf,
		flowIds,
		unresolved,
		model,
		quarterHours
	};
	const arrivals = input.arrivals ?? 'poisson';
	recurringFlows(flowContext, input.recurring ?? [], input.ownerWork, input.assigned, arrivals);
	managementFlows(flowContext, input.management ?? []);
	const stations = [...pools.entries()]
		.filter(([, p]) => p.rate > 0)
		.map(([key, p]) => ({ stationId: p.id, seatIds: key.split('\n') }));
	return { model, unresolved, stations };
}
