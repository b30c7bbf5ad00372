import { compileFlows } from './flows';
import { replicationHash } from './random';
import { Replication } from './replication';
import { RunSums } from './run-sums';
import type {
	SimulationModel,
	SimulationModelInput,
	SimulationOptions,
	SimulationOptionsInput,
	SimulationResult
} from './schema';
import { simulationModelSchema, simulationOptionsSchema } from './schema';
import { Streams } from './streams';

/**
 * Discrete-event simulation of items flowing through stations. The clock is in working hours
 * (40 a week). Each station has `servers` seats sharing one FIFO queue; a seat serves one visit
 * at a time for (effort + hand-off + review hours) / rateFactor clock hours.
 *
 * An item's steps form a graph (`after`): a step joins its station's queue, after its latency,
 * once every step it waits for has finished, so branches run in parallel and join. A hand-off
 * (a step waited for at another station) costs `handoffHours` to both sides: the sender's visit
 * and the receiver's visit each grow by it. A reviewing step with `rework` decides at the start
 * of its visit whether it will send the work back: if so it sends notes (a hand-off) instead of
 * passing the work on, the reworked step's station redoes `share` of its effort (receiving the
 * notes and sending the work back), and the review runs again.
 *
 * The event loop is replication.ts; each replication's tallies are folded into running means
 * (run-sums.ts) as soon as it ends.
 */

/** What a run reports beyond the overall figures and the stations' hours and utilisation. */
export interface Detail {
	/** Per flow and per group statistics and the lead-time breakdowns (default true). */
	full: boolean;
}

/**
 * Runs `replications` independent replications (seeds derived from `seed`) of a model already
 * validated by simulationModelSchema and averages them. With `detail.full` false the result
 * leaves out flows, groups and the breakdowns (all zero); everything else is the same as with
 * it. Deterministic: the same model and options always give the same result.
 */
export function simulateModel(
	model: SimulationModel,
	options: SimulationOptions,
	detail: Detail = { full: true },
	onReplication?: () => void
): SimulationResult {
	const groups = [...new Set(model.flows.flatMap((f) => (f.group === undefined ? [] : [f.group])))];
	const compiled = compileFlows(model, new Map(groups.map((g, i) => [g, i])));
	const streams = new Streams(
		model.flows.map((f) => ({
			meanGap: 1 / f.arrivals.perHour,
			poisson: f.arrivals.kind === 'poisson',
			efforts: f.steps.map((s) => s.effort)
		}))
	);
	const replication = new Replication(compiled, model.stations, streams, {
		start: options.warmupHours,
		end: options.horizonHours,
		breakdown: detail.full
	});
	const sums = new RunSums(model, compiled, groups.length, options, detail.full);
	for (let r = 0; r < options.replications; r++) {
		replication.run(replicationHash(options.seed, r));
		sums.add(replication);
		onReplication?.();
	}
	return { options, ...sums.mean(model, groups) };
}

/**
 * Runs `replications` independent replications (seeds derived from `seed`) and averages them.
 * Validates both arguments with zod (throws a ZodError naming the field). Deterministic: the
 * same model and options always give the same result. `onReplication` is called after each.
 */
export function simulate(
	modelInput: SimulationModelInput,
	optionsInput: SimulationOptionsInput = {},
	onReplication?: () => void
): SimulationResult {
	const model = simulationModelSchema.parse(modelInput);
	const options = simulationOptionsSchema.parse(optionsInput);
	return simulateModel(model, options, { full: true }, onReplication);
}
