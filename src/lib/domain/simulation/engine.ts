import { SlotHeap } from './heap';
import { compileFlows, decideOf, sampleOf, seedFlows, type CompiledFlow } from './flows';
import { replicationSeed } from './random';
import type {
	FlowStats,
	SimulationModel,
	SimulationModelInput,
	SimulationOptions,
	SimulationOptionsInput,
	SimulationResult,
	StationResult
} from './schema';
import { simulationModelSchema, simulationOptionsSchema } from './schema';
import type { FlowTally } from './stats';
import {
	averageFlowStats,
	breakdownOf,
	flowStatsOf,
	meanBreakdown,
	mergeTallies,
	PART_HANDOFF,
	PART_QUEUE,
	PART_REVIEW,
	PART_REWORK,
	PART_WORK,
	PARTS
} from './stats';

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
 * Each measured item's lead time is split into parts (see LeadTimeBreakdown) along its critical
 * path: every step keeps the hours of its own visits by part and the predecessor whose finish
 * made it ready; at the item's finish the engine walks back from the last step to the arrival.
 */

const ARRIVAL = 0;
const READY = 1;
const FINISH = 2;

interface Item {
	flow: number;
	/** Arrival time, hours. */
	arrival: number;
	/** Arrived inside the measured window: its lead time, waits and hand-offs count. */
	measured: boolean;
	/** Steps not yet finished; the item leaves at 0. */
	left: number;
	/** Per step, steps it still waits for; null for a chain (each step waits for the previous). */
	pending: number[] | null;
	/** Per step, rework rounds so far; null when the flow has no rework. */
	rounds: number[] | null;
	handoffs: number;
	/** Hours waited after hand-offs (from the sender's finish to the receiver's start). */
	handoffWait: number;
	/** Per step, PARTS hours of its own visits by part (PART_…); null when not measured. */
	own: Float64Array | null;
	/** Per step, the step whose finish made it ready (-1 at arrival); null for a chain (j − 1). */
	critical: number[] | null;
}

interface Event {
	time: number;
	kind: number;
	flow: number;
	item: Item | null;
	step: number;
	/** For a rework visit, the reviewing step that sent the work back; else -1. */
	reviewer: number;
	/** A review visit that will send the work back when it finishes. */
	sendBack: boolean;
	/** When the work became ready to move (the finish of what it waited for), hours. */
	released: number;
}

interface Visit {
	item: Item;
	step: number;
	reviewer: number;
	released: number;
	/** When the visit joined the queue, hours. */
	enqueued: number;
}

interface Station {
	servers: number;
	rate: number;
	busy: number;
	queue: Visit[];
	head: number;
	craft: number;
	handoff: number;
	review: number;
	rework: number;
	waitSum: number;
	waitCount: number;
}

/** One replication whose streams derive from `seed` (a 32-bit integer); returns raw tallies. */
function replicate(
	model: SimulationModel,
	compiled: CompiledFlow[],
	opts: SimulationOptions,
	seed: number,
	groups: string[]
) {
	const { horizonHours: end, warmupHours: start } = opts;
	const clip = (a: number, b: number) => Math.max(0, Math.min(b, end) - Math.max(a, start));
	const stations: Station[] = model.stations.map((s) => ({
		servers: s.servers,
		rate: s.rateFactor,
		busy: 0,
		queue: [],
		head: 0,
		craft: 0,
		handoff: 0,
		review: 0,
		rework: 0,
		waitSum: 0,
		waitCount: 0
	}));
	const flows = seedFlows(compiled, seed);
	/** Per station, PARTS critical-path hours of measured completed items. */
	const onPath = new Float64Array(stations.length * PARTS);
	/** Per flow, zeroed `own` and `critical` arrays of finished items, for reuse. */
	const spareOwn: Float64Array[][] = flows.map(() => []);
	const spareCritical: number[][][] = flows.map(() => []);
	const zeros = (n: number) => {
		const a: number[] = [];
		for (let i = 0; i < n; i++) a.push(0);
		return a;
	};
	/** Items that arrived in the window and have not finished yet. */
	let unfinished = 0;
	const heap = new SlotHeap();
	// Events live in a pool of reused objects; the heap orders their slot numbers by time.
	const pool: Event[] = [];
	const free: number[] = [];
	const event = (
		time: number,
		kind: number,
		flow: number,
		item: Item | null,
		step: number,
		reviewer: number,
		sendBack: boolean,
		released: number
	) => {
		let slot = free.pop();
		if (slot === undefined) {
			slot = pool.length;
			pool.push({ time, kind, flow, item, step, reviewer, sendBack, released });
		} else {
			const e = pool[slot]!;
			e.time = time;
			e.kind = kind;
			e.flow = flow;
			e.item = item;
			e.step = step;
			e.reviewer = reviewer;
			e.sendBack = sendBack;
			e.released = released;
		}
		heap.push(time, slot);
	};
	flows.forEach((f, i) => event(f.gap(), ARRIVAL, i, null, 0, -1, false, 0));

	// Only flows keep tallies: groups and the overall figures are merged from them at the end.
	const changeWip = (flow: number, delta: number, t: number) => {
		const f = flows[flow]!;
		f.tally.wipArea += f.wip * clip(f.last, t);
		f.wip += delta;
		f.last = t;
	};

	/** Starts serving a visit at time t. */
	const begin = (
		item: Item,
		j: number,
		reviewerStep: number,
		released: number,
		enqueued: number,
		st: Station,
		t: number
	) => {
		const f = flows[item.flow]!;
		const step = f.steps[j]!;
		const measured = item.measured;
		if (measured) {
			st.waitSum += t - enqueued;
			st.waitCount++;
		}
		let main: number;
		let handoff: number;
		let review = 0;
		let rework = 0;
		let sendBack = false;
		if (reviewerStep >= 0) {
			// Redo part of the step, receiving the reviewer's notes and sending the work back.
			const reviewer = f.steps[reviewerStep]!;
			rework = (sampleOf(f, j) * reviewer.rework!.share) / st.rate;
			handoff = reviewer.reworkCross ? (2 * reviewer.handoffHours) / st.rate : 0;
			main = 0;
		} else {
			main = sampleOf(f, j) / st.rate;
			const r = step.rework;
			const round = item.rounds ? item.rounds[j]! : 0;
			sendBack = r !== null && round < r.maxRounds && decideOf(f, j) < r.probability;
			const received = round > 0 ? (step.reworkCross ? step.handoffHours : 0) : step.handoffIn;
			const sent = sendBack ? (step.reworkCross ? step.handoffHours : 0) : step.handoffOut;
			handoff = (received + sent) / st.rate;
			review = step.aiReview / st.rate;
			if (step.review) {
				review += main;
				main = 0;
			}
		}
		if (measured && released < t && (reviewerStep >= 0 || item.rounds?.[j] || step.handoffsIn > 0))
			item.handoffWait += t - released;
		const total = main + handoff + review + rework;
		const own = item.own;
		if (own !== null) {
			if (reviewerStep >= 0) own[reviewerStep * PARTS + PART_REWORK]! += t - released + total;
			else if (item.rounds !== null && item.rounds[j]! > 0)
				own[j * PARTS + PART_REWORK]! += t - released + total;
			else {
				const at = j * PARTS;
				own[at + PART_WORK]! += total;
				if (step.review) own[at + PART_REVIEW]! += t - released;
				else {
					const p = item.critical === null ? j - 1 : item.critical[j]!;
					const handed = p >= 0 && f.steps[p]!.station !== step.station;
					own[at + PART_HANDOFF]! += enqueued - released;
					own[at + (handed ? PART_HANDOFF : PART_QUEUE)]! += t - enqueued;
				}
			}
		}
		const busy = clip(t, t + total);
		if (busy > 0 && total > 0) {
			const k = busy / total;
			st.craft += main * k;
			st.handoff += handoff * k;
			st.review += review * k;
			st.rework += rework * k;
		}
		st.busy++;
		event(t + total, FINISH, item.flow, item, j, reviewerStep, sendBack, 0);
	};

	const enqueue = (
		item: Item,
		stepIndex: number,
		reviewer: number,
		released: number,
		t: number
	) => {
		const st = stations[flows[item.flow]!.steps[stepIndex]!.station]!;
		if (st.busy < st.servers) begin(item, stepIndex, reviewer, released, t, st, t);
		else st.queue.push({ item, step: stepIndex, reviewer, released, enqueued: t });
	};

	/** The step becomes ready at t, when step `from` finished: after its latency it joins the queue. */
	const ready = (item: Item, j: number, from: number, t: number) => {
		const step = flows[item.flow]!.steps[j]!;
		if (item.critical !== null) item.critical[j] = from;
		item.handoffs += step.handoffsIn;
		if (step.latency > 0) event(t + step.latency, READY, item.flow, item, j, -1, false, t);
		else enqueue(item, j, -1, t, t);
	};

	/** Item finished at t with step `last`. */
	const complete = (item: Item, last: number, t: number) => {
		const f = flows[item.flow]!;
		const tally = f.tally;
		changeWip(item.flow, -1, t);
		if (t >= start && t <= end) tally.completionsInWindow++;
		if (item.measured) {
			unfinished--;
			tally.leadTimes.push(t - item.arrival);
			tally.handoffs += item.handoffs;
			tally.handoffWait += item.handoffWait;
			const own = item.own!;
			const critical = item.critical;
			const parts = tally.parts;
			for (let j = last; j >= 0; j = critical === null ? j - 1 : critical[j]!) {
				const at = f.steps[j]!.station * PARTS;
				const o = j * PARTS;
				parts[0]! += own[o]!;
				parts[1]! += own[o + 1]!;
				parts[2]! += own[o + 2]!;
				parts[3]! += own[o + 3]!;
				parts[4]! += own[o + 4]!;
				onPath[at]! += own[o]!;
				onPath[at + 1]! += own[o + 1]!;
				onPath[at + 2]! += own[o + 2]!;
				onPath[at + 3]! += own[o + 3]!;
				onPath[at + 4]! += own[o + 4]!;
			}
			own.fill(0);
			spareOwn[item.flow]!.push(own);
			if (critical !== null) spareCritical[item.flow]!.push(critical);
		}
	};

	/** The visit to step j finished at t: pass the work on, send it back, or leave. */
	const finish = (item: Item, j: number, reviewer: number, sendBack: boolean, t: number) => {
		const f = flows[item.flow]!;
		const step = f.steps[j]!;
		if (reviewer >= 0) {
			// Reworked: back to the review that asked for it, after its latency.
			const review = f.steps[reviewer]!;
			if (review.reworkCross) item.handoffs++;
			if (review.latency > 0)
				event(t + review.latency, READY, item.flow, item, reviewer, -1, false, t);
			else enqueue(item, reviewer, -1, t, t);
			return;
		}
		if (sendBack) {
			item.rounds![j]!++;
			if (step.reworkCross) item.handoffs++;
			enqueue(item, step.rework!.step, j, t, t);
			return;
		}
		if (--item.left === 0) return complete(item, j, t);
		if (f.chain) return ready(item, j + 1, j, t);
		for (const n of step.next) if (--item.pending![n]! === 0) ready(item, n, j, t);
	};

	// Items arriving in the window are followed until they finish, so long lead times are not
	// cut off at the horizon, for at most one more window; no new work arrives after the horizon.
	const drainEnd = end + (end - start);
	for (
		let slot = heap.pop();
		slot >= 0 && (heap.time <= end || (unfinished > 0 && heap.time <= drainEnd));
		slot = heap.pop()
	) {
		// Read the event, then free its slot: handling it schedules new ones.
		const ev = pool[slot]!;
		const { time: t, kind, flow, item, step } = ev;
		const { reviewer, sendBack, released } = ev;
		free.push(slot);
		if (kind === ARRIVAL) {
			if (t > end) continue;
			const f = flows[flow]!;
			changeWip(flow, 1, t);
			event(t + f.gap(), ARRIVAL, flow, null, 0, -1, false, 0);
			const fresh: Item = {
				flow,
				arrival: t,
				measured: t >= start,
				left: f.steps.length,
				// Plain arrays: typed arrays cost a backing store per item and drive the GC.
				pending: f.chain ? null : f.deps.slice(),
				rounds: f.hasRework ? f.noRounds.slice() : null,
				handoffs: 0,
				handoffWait: 0,
				own:
					t >= start ? (spareOwn[flow]!.pop() ?? new Float64Array(f.steps.length * PARTS)) : null,
				critical: f.chain ? null : (spareCritical[flow]!.pop() ?? zeros(f.steps.length))
			};
			if (fresh.measured) unfinished++;
			for (const j of f.starts) ready(fresh, j, -1, t);
			continue;
		}
		if (kind === READY) {
			enqueue(item!, step, -1, released, t);
			continue;
		}
		const st = stations[flows[flow]!.steps[step]!.station]!;
		st.busy--;
		finish(item!, step, reviewer, sendBack, t);
		if (st.head < st.queue.length && st.busy < st.servers) {
			const v = st.queue[st.head++]!;
			begin(v.item, v.step, v.reviewer, v.released, v.enqueued, st, t);
			if (st.head > 4096 && st.head * 2 > st.queue.length) {
				st.queue = st.queue.slice(st.head);
				st.head = 0;
			}
		}
	}
	flows.forEach((_, i) => changeWip(i, 0, end));
	return {
		unfinished,
		flows: flows.map((f) => f.tally),
		groups: groups.map((_, g) =>
			mergeTallies(flows.filter((f) => f.group === g).map((f) => f.tally))
		),
		overall: mergeTallies(flows.map((f) => f.tally)),
		stations,
		onPath
	};
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
	const window = options.horizonHours - options.warmupHours;
	const groups = [...new Set(model.flows.flatMap((f) => (f.group === undefined ? [] : [f.group])))];
	const compiled = compileFlows(model, new Map(groups.map((g, i) => [g, i])));
	const runs = Array.from({ length: options.replications }, (_, r) => {
		const seed = Math.floor(replicationSeed(options.seed, r) * 4294967296);
		const run = replicate(model, compiled, options, seed, groups);
		onReplication?.();
		return run;
	});
	const mean = (f: (i: number) => number) => runs.reduce((s, _, i) => s + f(i), 0) / runs.length;
	const stations: StationResult[] = model.stations.map((s, k) => {
		const sum = (key: 'craft' | 'handoff' | 'review' | 'rework') =>
			mean((i) => runs[i]!.stations[k]![key]);
		const busy = sum('craft') + sum('handoff') + sum('review') + sum('rework');
		return {
			stationId: s.id,
			utilisation: busy / (s.servers * window),
			meanQueueWaitHours: mean((i) => {
				const st = runs[i]!.stations[k]!;
				return st.waitCount > 0 ? st.waitSum / st.waitCount : 0;
			}),
			workHours: sum('craft'),
			handoffHours: sum('handoff'),
			reviewHours: sum('review'),
			reworkHours: sum('rework'),
			leadTimeBreakdown: meanBreakdown(
				runs.flatMap((r) => {
					const n = r.overall.leadTimes.length;
					return n > 0 ? [breakdownOf(r.onPath, n, k * PARTS)] : [];
				})
			)
		};
	});
	const stats = (pick: (r: (typeof runs)[number]) => FlowTally): FlowStats =>
		averageFlowStats(runs.map((r) => flowStatsOf(pick(r), window)));
	return {
		options,
		unfinishedItems: mean((i) => runs[i]!.unfinished),
		overall: stats((r) => r.overall),
		flows: model.flows.map((f, k) => ({ flowId: f.id, ...stats((r) => r.flows[k]!) })),
		groups: groups.map((group, k) => ({ group, ...stats((r) => r.groups[k]!) })),
		stations
	};
}
