import type { Activity } from '../catalogue/schema';
import type { Design, Seat } from '../scenario/schema';
import { resolvePerformers } from '../workflow/performers';
import type { WorkflowTemplate } from '../workflow/schema';
import { HOURS_PER_WEEK } from './schema';
import type { SimulationModel } from './schema';
import { scaleEffort, topologicalSteps } from './scale-effort';

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
	/**
	 * Transfer effort per hand-off, hours of work charged to both sender and receiver. Default
	 * 0.5 h: an assumption (a short brief written and read per change of station), not a
	 * published figure; set 0 to switch hand-off costs off.
	 */
	handoffHours?: number;
	/**
	 * Effort of one review gate, hours of work at the reviewer's station (fixed). Default 1 h: an
	 * assumption (reading the work against the gate's checklist and writing notes).
	 */
	reviewHours?: number;
	/** Working hours in a quarter that `perQuarter` is spread over. Default 520 (13 × 40 h). */
	quarterHours?: number;
}

/** A step (or its review gate, `reason` starting "review: ") that no seat can do. */
export interface UnresolvedStep {
	templateId: string;
	audienceId: string;
	stepId: string;
	reason: string;
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

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** `candidate` when it is a valid, unused id, else `${prefix}-n` for the first free n. */
function uniqueId(candidate: string, prefix: string, taken: Set<string>): string {
	let id = candidate;
	for (let n = taken.size + 1; !ID.test(id) || taken.has(id); n++) id = `${prefix}-${n}`;
	taken.add(id);
	return id;
}

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
 * - One flow per (template, audience) with perQuarter > 0: Poisson arrivals at
 *   perQuarter / quarterHours items per hour; steps in dependency order.
 * - A step's effort is the activity's effortHours × units × (1 − aiShare[level]), level being
 *   the pool's mean AI level rounded; `handoffHours` is set when the station changes.
 * - A review gate adds a fixed `reviewHours` step at the reviewer's station after the step
 *   (whatever its timing; start-timed rework is not modelled here).
 * - Steps (or reviews) nobody can do are left out of the flow and listed in `unresolved`; a flow
 *   left with no steps is omitted. The model may then have no flows: check before simulating.
 */
export function buildModel(input: BuildModelInput): BuiltModel {
	const { design, templates, activities } = input;
	const handoffHours = input.handoffHours ?? 0.5;
	const reviewHours = input.reviewHours ?? 1;
	const quarterHours = input.quarterHours ?? 13 * HOURS_PER_WEEK;
	const workload =
		input.workload ??
		templates.flatMap((t) =>
			design.audiences.map((a) => ({
				templateId: t.id,
				audienceId: a.id,
				perQuarter: t.volumePerAudiencePerQuarter
			}))
		);
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
			resolvePerformers(template, design, audienceId, activities).map((p) => [p.stepId, p])
		);
		const steps: SimulationModel['flows'][number]['steps'] = [];
		const push = (stationId: string, effort: (typeof steps)[number]['effort']) => {
			const moved = steps.length > 0 && steps[steps.length - 1]!.stationId !== stationId;
			steps.push(moved ? { stationId, effort, handoffHours } : { stationId, effort });
		};
		for (const step of topologicalSteps(template)) {
			const p = who.get(step.id)!;
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
			const factor = (step.units ?? 1) * (1 - activity.aiShare[pool.aiLevel]!);
			push(pool.id, scaleEffort(activity.effortHours, factor));
			if (!p.review || reviewHours <= 0) continue;
			const reviewer = p.review.seats.length > 0 ? stationOf(p.review.seats) : undefined;
			if (reviewer && reviewer.rate > 0) push(reviewer.id, { kind: 'fixed', hours: reviewHours });
			else miss(step.id, `review: ${p.review.unresolved ?? 'its seats have no planned hours'}`);
		}
		if (steps.length === 0) continue;
		const id = uniqueId(`${templateId}--${audienceId}`, 'flow', flowIds);
		const perHour = perQuarter / quarterHours;
		model.flows.push({ id, arrivals: { kind: 'poisson', perHour }, steps });
	}
	const stations = [...pools.entries()]
		.filter(([, p]) => p.rate > 0)
		.map(([key, p]) => ({ stationId: p.id, seatIds: key.split('\n') }));
	return { model, unresolved, stations };
}
