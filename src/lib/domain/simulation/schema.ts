import { z } from 'zod';
import { effortSchema } from '../catalogue/effort';
import { idSchema } from '../scenario/schema';

/**
 * A station: one seat or a pool of `servers` seats sharing one FIFO queue. `rateFactor` is the
 * hours of work one seat does per clock hour (for example fte × focus × hoursPerWeek / 40), so an
 * item needing `e` hours of work occupies a seat for `e / rateFactor` clock hours.
 */
export const stationSchema = z.strictObject({
	id: idSchema,
	servers: z.int().min(1, 'must be at least 1 seat').max(10_000).default(1),
	rateFactor: z
		.number()
		.gt(0, 'must be above 0 hours of work per clock hour')
		.max(10, 'must be at most 10 hours of work per clock hour')
		.default(1)
});

/** Items per working hour; must be above 0. */
const perHour = z.number().gt(0, 'must be above 0 items per hour').max(10_000);

/** Arrivals of new items: a Poisson process, or evenly spaced, at `perHour` items per hour. */
export const arrivalsSchema = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({ kind: z.literal('poisson'), perHour }),
		z.strictObject({ kind: z.literal('even'), perHour })
	],
	{ error: 'expected kind "poisson" or "even"' }
);

/**
 * Rework after a review: with `probability` the reviewing step sends the work back to the earlier
 * step `step` (an index into the flow's steps), which redoes `share` of a fresh draw of its
 * effort; the review then runs again. After `maxRounds` rounds the work is accepted.
 */
export const reworkSchema = z.strictObject({
	step: z.int().min(0, 'must be an index of an earlier step'),
	probability: z.number().min(0, 'must be at least 0').max(0.95, 'must be at most 0.95'),
	share: z.number().min(0, 'must be at least 0').max(1, 'must be at most 1'),
	maxRounds: z.int().min(1, 'must be at least 1').max(10, 'must be at most 10').default(3)
});

/**
 * One step of a flow: the work is done at `stationId` and takes `effort` hours of work.
 * - `after`: indices of earlier steps that must finish first (default: the previous step; `[]`
 *   starts at arrival), so parallel branches run at the same time and join.
 * - `handoffHours`: transfer effort in hours charged to both sides for each step in `after` at
 *   another station (0 or absent: none).
 * - `category`: `review` for a review gate, else craft work.
 * - `latencyHours`: working hours the item waits, with no one busy, before joining the queue.
 * - `aiReviewHours`: hours of a person checking what AI drafted, added to the step (as review).
 */
export const stepSchema = z.strictObject({
	stationId: idSchema,
	effort: effortSchema,
	after: z.array(z.int().min(0, 'must be an index of an earlier step')).max(200).optional(),
	handoffHours: z.number().min(0, 'must be at least 0 hours').max(2000).optional(),
	category: z.enum(['craft', 'review']).default('craft'),
	latencyHours: z.number().min(0, 'must be at least 0 hours').max(100_000).optional(),
	aiReviewHours: z.number().min(0, 'must be at least 0 hours').max(2000).optional(),
	rework: reworkSchema.optional()
});

/** A kind of work item: how items arrive and the steps each item visits. */
export const flowSchema = z
	.strictObject({
		id: idSchema,
		/** Flows with the same group are also reported together (e.g. one template). */
		group: idSchema.optional(),
		arrivals: arrivalsSchema,
		steps: z.array(stepSchema).min(1, 'must have at least one step').max(200)
	})
	.superRefine((f, ctx) => {
		f.steps.forEach((s, j) => {
			s.after?.forEach((a, k) => {
				if (a >= j)
					ctx.addIssue({
						code: 'custom',
						path: ['steps', j, 'after', k],
						message: `must be an index of an earlier step (below ${j})`
					});
			});
			if (s.rework && s.rework.step >= j)
				ctx.addIssue({
					code: 'custom',
					path: ['steps', j, 'rework', 'step'],
					message: `must be an index of an earlier step (below ${j})`
				});
		});
	});

/** Stations and the flows of items through them; every step must name a known station. */
export const simulationModelSchema = z
	.strictObject({
		stations: z.array(stationSchema).min(1, 'must have at least one station'),
		flows: z.array(flowSchema).min(1, 'must have at least one flow')
	})
	.superRefine((model, ctx) => {
		const ids = new Set<string>();
		model.stations.forEach((s, i) => {
			if (ids.has(s.id))
				ctx.addIssue({ code: 'custom', path: ['stations', i, 'id'], message: 'duplicate id' });
			ids.add(s.id);
		});
		const flowIds = new Set<string>();
		model.flows.forEach((f, i) => {
			if (flowIds.has(f.id))
				ctx.addIssue({ code: 'custom', path: ['flows', i, 'id'], message: 'duplicate id' });
			flowIds.add(f.id);
			f.steps.forEach((step, j) => {
				if (!ids.has(step.stationId))
					ctx.addIssue({
						code: 'custom',
						path: ['flows', i, 'steps', j, 'stationId'],
						message: `unknown station "${step.stationId}"`
					});
			});
		});
	});
export type SimulationModel = z.infer<typeof simulationModelSchema>;
export type SimulationModelInput = z.input<typeof simulationModelSchema>;

/** Working hours in one week. */
export const HOURS_PER_WEEK = 40;

/**
 * Run options. Defaults: seed 1, 10 replications, a quarter (13 weeks = 520 working hours), no
 * warm-up. Statistics ignore items arriving before `warmupHours`.
 */
export const simulationOptionsSchema = z
	.strictObject({
		seed: z.int().min(0).max(4_294_967_295).default(1),
		replications: z.int().min(1, 'must be at least 1').max(10_000).default(10),
		horizonHours: z
			.number()
			.gt(0, 'must be above 0 hours')
			.max(10_000_000)
			.default(13 * HOURS_PER_WEEK),
		warmupHours: z.number().min(0, 'must be at least 0 hours').default(0)
	})
	.refine((o) => o.warmupHours < o.horizonHours, {
		path: ['warmupHours'],
		message: 'must be below horizonHours'
	});
export type SimulationOptions = z.infer<typeof simulationOptionsSchema>;
export type SimulationOptionsInput = z.input<typeof simulationOptionsSchema>;

/** Lead time of completed items, arrival to end of last step, in hours. */
export interface LeadTime {
	meanHours: number;
	p50Hours: number;
	p85Hours: number;
	p95Hours: number;
}

/**
 * Where an item's lead time goes, mean working hours per completed item; the five parts sum to
 * `leadTime.meanHours`. Time on parallel branches counts along each item's critical path: the
 * chain of steps, from the last to finish back to the arrival, in which each step waited for
 * the one of its predecessors that finished last.
 * - `workHours`: someone working on it: craft, transfer effort at hand-offs, checking AI output,
 *   the review itself (first pass).
 * - `queueHours`: waiting in a seat's queue for work that did not change hands (the first step,
 *   or a step at the same seats as the one before it).
 * - `handoffWaitHours`: waiting after the work changed hands: the queue of the receiving seats,
 *   and any latency before a step that is not a review.
 * - `reviewLatencyHours`: waiting for a reviewer: the latency before a review and its queue.
 * - `reworkHours`: everything in rework rounds: the redo (queue and work) and the review again
 *   (latency, queue and review).
 */
export interface LeadTimeBreakdown {
	workHours: number;
	queueHours: number;
	handoffWaitHours: number;
	reviewLatencyHours: number;
	reworkHours: number;
}

/** The breakdown's parts in the order the engine tallies them. */
export const breakdownKeys = [
	'workHours',
	'queueHours',
	'handoffWaitHours',
	'reviewLatencyHours',
	'reworkHours'
] as const satisfies readonly (keyof LeadTimeBreakdown)[];

/** Flow statistics, averaged over replications (per flow, or all flows together). */
export interface FlowStats {
	leadTime: LeadTime;
	leadTimeBreakdown: LeadTimeBreakdown;
	/** Items completed per week (40 working hours) within the measured window. */
	throughputPerWeek: number;
	/** Time-averaged number of items in the system (work in progress), items. */
	meanWip: number;
	/** Station changes per completed item. */
	handoffsPerItem: number;
	/** Items that arrived in the measured window (after warm-up, before the horizon) and finished, per replication. */
	completedItems: number;
	/** Mean working hours an item waited after its hand-offs (queue and latency). */
	handoffWaitHoursPerItem: number;
}

export interface FlowResult extends FlowStats {
	flowId: string;
}

/** Station statistics over the measured window, averaged over replications. */
export interface StationResult {
	stationId: string;
	/** Busy seat-hours over available seat-hours, 0–1. */
	utilisation: number;
	/** Mean wait in the queue before service starts, hours per visit. */
	meanQueueWaitHours: number;
	/** Busy clock hours (all seats) on craft work. */
	workHours: number;
	/** Busy clock hours (all seats) on hand-off transfer effort. */
	handoffHours: number;
	/** Busy clock hours (all seats) on reviews and checking AI output. */
	reviewHours: number;
	/** Busy clock hours (all seats) redoing work sent back by a review. */
	reworkHours: number;
	/**
	 * Hours per completed item (over all flows) that items' critical paths spent at this station,
	 * by part; over all stations they sum to the overall leadTimeBreakdown. Rework rounds count
	 * at the station of the review that asked for them.
	 */
	leadTimeBreakdown: LeadTimeBreakdown;
}

export interface SimulationResult {
	options: SimulationOptions;
	/**
	 * Items per replication that arrived in the measured window and were still unfinished when
	 * the run stopped following them (one window past the horizon): 0 unless the design is
	 * overloaded. Their lead times are missing from the statistics.
	 */
	unfinishedItems: number;
	overall: FlowStats;
	flows: FlowResult[];
	/** Flows reported together by their `group`, in order of first appearance. */
	groups: (FlowStats & { group: string })[];
	stations: StationResult[];
}
