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
 * One step of a flow: the work is done at `stationId` and takes `effort` hours of work. When the
 * previous step was at another station, `handoffHours` hours of transfer effort are added to both
 * the sender's and the receiver's service (0 or absent: no hand-off cost).
 */
export const stepSchema = z.strictObject({
	stationId: idSchema,
	effort: effortSchema,
	handoffHours: z.number().min(0, 'must be at least 0 hours').max(2000).optional()
});

/** A kind of work item: how items arrive and the steps each item visits in order. */
export const flowSchema = z.strictObject({
	id: idSchema,
	arrivals: arrivalsSchema,
	steps: z.array(stepSchema).min(1, 'must have at least one step').max(200)
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

/** Flow statistics, averaged over replications (per flow, or all flows together). */
export interface FlowStats {
	leadTime: LeadTime;
	/** Items completed per week (40 working hours) within the measured window. */
	throughputPerWeek: number;
	/** Time-averaged number of items in the system (work in progress), items. */
	meanWip: number;
	/** Station changes per completed item. */
	handoffsPerItem: number;
	/** Items that arrived after warm-up and completed before the horizon, per replication. */
	completedItems: number;
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
	/** Busy clock hours (all seats) spent on step work. */
	workHours: number;
	/** Busy clock hours (all seats) spent on hand-off transfer effort. */
	handoffHours: number;
}

export interface SimulationResult {
	options: SimulationOptions;
	overall: FlowStats;
	flows: FlowResult[];
	stations: StationResult[];
}
