import { EventHeap } from './heap';
import { createRng, effortSampler, exponentialSampler, replicationSeed } from './random';
import type {
	SimulationModel,
	SimulationModelInput,
	SimulationOptions,
	SimulationOptionsInput,
	SimulationResult,
	StationResult
} from './schema';
import { simulationModelSchema, simulationOptionsSchema } from './schema';
import type { FlowTally } from './stats';
import { averageFlowStats, flowStatsOf, newTally } from './stats';

/**
 * Discrete-event simulation of items flowing through stations. The clock is in working hours
 * (40 a week). Each station has `servers` seats sharing one FIFO queue; a seat serves one item at
 * a time for (effort + hand-off effort) / rateFactor clock hours. A step's `handoffHours` is
 * charged when the item reaches it from another station: once to the sender (added to the
 * previous step's service) and once to the receiver (added to this step's service).
 */

interface Item {
	flow: number;
	/** Arrival time, hours. */
	arrival: number;
	step: number;
	/** When the item joined its current queue, hours. */
	enqueued: number;
	handoffs: number;
}
interface Event {
	time: number;
	seq?: number;
	/** An arrival of flow `flow` when item is null, else the end of the item's current step. */
	item: Item | null;
	flow: number;
}
interface Station {
	servers: number;
	rate: number;
	busy: number;
	queue: Item[];
	head: number;
	work: number;
	handoff: number;
	waitSum: number;
	waitCount: number;
}
interface Step {
	station: number;
	sample: () => number;
	/** Hand-off effort in hours of work added to this step's service (in + out). */
	handoffWork: number;
	/** 1 when the item arrives here from another station. */
	isHandoff: number;
}

/** One replication with generator seed `seed` (in [0, 1)); returns raw tallies. */
function replicate(model: SimulationModel, opts: SimulationOptions, seed: number) {
	const rng = createRng(seed);
	const { horizonHours: end, warmupHours: start } = opts;
	const clip = (a: number, b: number) => Math.max(0, Math.min(b, end) - Math.max(a, start));
	const stationIndex = new Map(model.stations.map((s, i) => [s.id, i]));
	const stations: Station[] = model.stations.map((s) => ({
		servers: s.servers,
		rate: s.rateFactor,
		busy: 0,
		queue: [],
		head: 0,
		work: 0,
		handoff: 0,
		waitSum: 0,
		waitCount: 0
	}));
	const flows = model.flows.map((f) => {
		const at = f.steps.map((s) => stationIndex.get(s.stationId) as number);
		const cost = (j: number) =>
			j > 0 && at[j] !== at[j - 1] ? (f.steps[j]!.handoffHours ?? 0) : 0;
		const steps: Step[] = f.steps.map((s, j) => ({
			station: at[j]!,
			sample: effortSampler(s.effort, rng),
			handoffWork: cost(j) + (j + 1 < at.length ? cost(j + 1) : 0),
			isHandoff: j > 0 && at[j] !== at[j - 1] ? 1 : 0
		}));
		const mean = 1 / f.arrivals.perHour;
		const gap = f.arrivals.kind === 'poisson' ? exponentialSampler(mean, rng) : () => mean;
		return { steps, gap, wip: 0, last: 0, tally: newTally() };
	});
	const overall: FlowTally = newTally();
	let wip = 0;
	let last = 0;
	const heap = new EventHeap<Event>();
	flows.forEach((f, i) => heap.push({ time: f.gap(), item: null, flow: i }));

	const changeWip = (flow: number, delta: number, t: number) => {
		const f = flows[flow]!;
		f.tally.wipArea += f.wip * clip(f.last, t);
		overall.wipArea += wip * clip(last, t);
		f.wip += delta;
		wip += delta;
		f.last = last = t;
	};
	const begin = (item: Item, st: Station, t: number) => {
		const step = flows[item.flow]!.steps[item.step]!;
		if (item.arrival >= start) {
			st.waitSum += t - item.enqueued;
			st.waitCount++;
		}
		const work = step.sample() / st.rate;
		const handoff = step.handoffWork / st.rate;
		const busy = clip(t, t + work + handoff);
		if (busy > 0) {
			st.work += (busy * work) / (work + handoff);
			st.handoff += (busy * handoff) / (work + handoff);
		}
		st.busy++;
		heap.push({ time: t + work + handoff, item, flow: item.flow });
	};
	const enqueue = (item: Item, t: number) => {
		const step = flows[item.flow]!.steps[item.step]!;
		const st = stations[step.station]!;
		item.enqueued = t;
		item.handoffs += step.isHandoff;
		if (st.busy < st.servers) begin(item, st, t);
		else st.queue.push(item);
	};

	for (let ev = heap.pop(); ev && ev.time <= end; ev = heap.pop()) {
		const t = ev.time;
		const item = ev.item;
		if (item === null) {
			const f = flows[ev.flow]!;
			changeWip(ev.flow, 1, t);
			heap.push({ time: t + f.gap(), item: null, flow: ev.flow });
			enqueue({ flow: ev.flow, arrival: t, step: 0, enqueued: t, handoffs: 0 }, t);
			continue;
		}
		const f = flows[item.flow]!;
		const st = stations[f.steps[item.step]!.station]!;
		st.busy--;
		if (++item.step < f.steps.length) enqueue(item, t);
		else {
			changeWip(item.flow, -1, t);
			if (t >= start) {
				f.tally.completionsInWindow++;
				overall.completionsInWindow++;
			}
			if (item.arrival >= start) {
				for (const tally of [f.tally, overall]) {
					tally.leadTimes.push(t - item.arrival);
					tally.handoffs += item.handoffs;
				}
			}
		}
		if (st.head < st.queue.length && st.busy < st.servers) {
			begin(st.queue[st.head++]!, st, t);
			if (st.head > 4096 && st.head * 2 > st.queue.length) {
				st.queue = st.queue.slice(st.head);
				st.head = 0;
			}
		}
	}
	flows.forEach((_, i) => changeWip(i, 0, end));
	return { flows: flows.map((f) => f.tally), overall, stations };
}

/**
 * Runs `replications` independent replications (seeds derived from `seed`) and averages them.
 * Validates both arguments with zod (throws a ZodError naming the field). Deterministic: the
 * same model and options always give the same result.
 */
export function simulate(
	modelInput: SimulationModelInput,
	optionsInput: SimulationOptionsInput = {}
): SimulationResult {
	const model = simulationModelSchema.parse(modelInput);
	const options = simulationOptionsSchema.parse(optionsInput);
	const window = options.horizonHours - options.warmupHours;
	const runs = Array.from({ length: options.replications }, (_, r) =>
		replicate(model, options, replicationSeed(options.seed, r))
	);
	const mean = (f: (i: number) => number) => runs.reduce((s, _, i) => s + f(i), 0) / runs.length;
	const stations: StationResult[] = model.stations.map((s, k) => ({
		stationId: s.id,
		utilisation:
			mean((i) => runs[i]!.stations[k]!.work + runs[i]!.stations[k]!.handoff) /
			(s.servers * window),
		meanQueueWaitHours: mean((i) => {
			const st = runs[i]!.stations[k]!;
			return st.waitCount > 0 ? st.waitSum / st.waitCount : 0;
		}),
		workHours: mean((i) => runs[i]!.stations[k]!.work),
		handoffHours: mean((i) => runs[i]!.stations[k]!.handoff)
	}));
	return {
		options,
		overall: averageFlowStats(runs.map((r) => flowStatsOf(r.overall, window))),
		flows: model.flows.map((f, k) => ({
			flowId: f.id,
			...averageFlowStats(runs.map((r) => flowStatsOf(r.flows[k]!, window)))
		})),
		stations
	};
}
