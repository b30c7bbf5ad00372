import type { CompiledFlow } from './flows';
import { accountVisit, walkPath } from './critical-path';
import { EventQueue } from './event-queue';
import { newItem, reuseItem, type Item } from './item';
import { LeadTimes } from './lead-times';
import { PARTS } from './stats';
import type { Streams } from './streams';
import { Tallies } from './tallies';
import { VisitQueues } from './visit-queue';

/**
 * One replication of the discrete-event simulation (see engine.ts for the model), built once per
 * run and reused for every replication: stations, flows, tallies and lead times live in typed
 * arrays, events, queued visits and items in pools that outlast a replication, so the inner loop
 * allocates nothing once the pools have grown. Time is in working hours.
 *
 * Each measured item's lead time is split into parts (see LeadTimeBreakdown) along its critical
 * path: every step keeps the hours of its own visits by part and the predecessor whose finish
 * made it ready; at the item's finish the engine walks back from the last step to the arrival.
 * A run that reports no breakdown (`breakdown` false) skips that bookkeeping.
 */

const ARRIVAL = 0;
const READY = 1;
const FINISH = 2;

export class Replication extends Tallies {
	private readonly flows: CompiledFlow[];
	private readonly streams: Streams;
	private readonly breakdown: boolean;

	/** Per station: seats, rate and seats busy. */
	readonly servers: Int32Array;
	private readonly rate: Float64Array;
	private readonly busy: Int32Array;

	private readonly leadTimes: LeadTimes;
	/** The time of the event being handled, hours (kept here, not passed from call to call). */
	private now = 0.5;

	private readonly events = new EventQueue<Item>();
	private readonly queues: VisitQueues<Item>;
	/** Per flow, every item made so far and those free to reuse (nothing refers to them). */
	private readonly items: Item[][];
	private spare: Item[][];

	constructor(
		flows: CompiledFlow[],
		stations: { servers: number; rateFactor: number }[],
		streams: Streams,
		window: { start: number; end: number; breakdown: boolean }
	) {
		super(stations.length, flows.length, window);
		this.flows = flows;
		this.streams = streams;
		this.breakdown = window.breakdown;
		this.servers = Int32Array.from(stations, (st) => st.servers);
		this.rate = Float64Array.from(stations, (st) => st.rateFactor);
		this.busy = new Int32Array(stations.length);
		this.queues = new VisitQueues(stations.length);
		this.items = flows.map(() => []);
		this.spare = flows.map(() => []);
		const perHour = flows.reduce((sum, f) => sum + f.arrivals.perHour, 0);
		this.leadTimes = new LeadTimes(flows.length, perHour * (this.end - this.start));
	}

	/** Runs one replication whose streams derive from `seed` (a 32-bit integer). */
	run(seed: number): void {
		this.reset(seed);
		const { events, end, start, flows, queues, busy, servers } = this;
		for (let i = 0; i < flows.length; i++)
			events.push(this.streams.gap(i), ARRIVAL, i, null, 0, -1, false, 0);
		// Items arriving in the window are followed until they finish, so long lead times are not
		// cut off at the horizon, for at most one more window; no new work arrives after the horizon.
		const drainEnd = end + (end - start);
		while (events.pop()) {
			const t = events.time;
			if (t > end && (this.unfinished <= 0 || t > drainEnd)) break;
			this.now = t;
			const kind = events.kind;
			if (kind === ARRIVAL) {
				if (t <= end) this.arrive(events.flow);
				continue;
			}
			const item = events.item!;
			events.item = null;
			if (kind === READY) {
				this.enqueue(item, events.step, -1, events.released);
				continue;
			}
			const step = events.step;
			const k = flows[events.flow]!.steps[step]!.station;
			busy[k]!--;
			this.finish(item, step, events.reviewer, events.sendBack);
			if (queues.waiting(k) && busy[k]! < servers[k]!) {
				queues.shift(k);
				const next = queues.item!;
				queues.item = null;
				this.begin(next, queues.step, queues.reviewer, queues.released, queues.enqueued, k);
			}
		}
		events.item = null;
		for (let i = 0; i < flows.length; i++) this.changeWip(i, 0, end);
	}

	/**
	 * Lead times of the run's measured items grouped by flow (completion order within a flow),
	 * flow f's at offsets[f] to offsets[f + 1]; valid until the next replication starts.
	 */
	leadTimesByFlow(): { times: Float64Array; offsets: Int32Array } {
		return this.leadTimes.byFlow();
	}

	private reset(seed: number) {
		this.streams.reset(seed);
		this.events.clear();
		this.queues.clear();
		this.busy.fill(0);
		this.zero();
		this.leadTimes.count = 0;
		// Items still in the system when the last replication stopped are free again.
		this.items.forEach((all, f) => {
			if (this.spare[f]!.length === all.length) return;
			for (const item of all) item.own.fill(0);
			this.spare[f] = all.slice();
		});
	}

	/** An item of `flow` arrives at t (inside the horizon); the next one is scheduled. */
	private arrive(flow: number) {
		const t = this.now;
		const f = this.flows[flow]!;
		this.changeWip(flow, 1, t);
		this.events.push(t + this.streams.gap(flow), ARRIVAL, flow, null, 0, -1, false, 0);
		const measured = t >= this.start;
		let fresh = this.spare[flow]!.pop();
		if (fresh === undefined) {
			fresh = newItem(flow, f, t, measured);
			this.items[flow]!.push(fresh);
		} else reuseItem(fresh, f, t, measured);
		if (fresh.measured) this.unfinished++;
		const starts = f.starts;
		for (let s = 0; s < starts.length; s++) this.ready(fresh, starts[s]!, -1);
	}

	/** Starts serving a visit at station k at time t. */
	private begin(
		item: Item,
		j: number,
		reviewerStep: number,
		released: number,
		enqueued: number,
		k: number
	) {
		const t = this.now;
		const flow = item.flow;
		const f = this.flows[flow]!;
		const step = f.steps[j]!;
		const measured = item.measured;
		const rate = this.rate[k]!;
		if (measured) {
			this.waitSum[k]! += t - enqueued;
			this.waitCount[k]!++;
		}
		let main: number;
		let handoff: number;
		let review = 0;
		let rework = 0;
		let sendBack = false;
		if (reviewerStep >= 0) {
			// Redo part of the step, receiving the reviewer's notes and sending the work back.
			const reviewer = f.steps[reviewerStep]!;
			rework = (this.streams.effort(flow, j) * reviewer.rework!.share) / rate;
			handoff = reviewer.reworkCross ? (2 * reviewer.handoffHours) / rate : 0;
			main = 0;
		} else {
			main = this.streams.effort(flow, j) / rate;
			const r = step.rework;
			const round = item.rounds !== null ? item.rounds[j]! : 0;
			sendBack = r !== null && round < r.maxRounds && this.streams.decide(flow, j) < r.probability;
			const received = round > 0 ? (step.reworkCross ? step.handoffHours : 0) : step.handoffIn;
			const sent = sendBack ? (step.reworkCross ? step.handoffHours : 0) : step.handoffOut;
			handoff = (received + sent) / rate;
			review = step.aiReview / rate;
			if (step.review) {
				review += main;
				main = 0;
			}
		}
		if (
			measured &&
			released < t &&
			(reviewerStep >= 0 || (item.rounds !== null && item.rounds[j]! > 0) || step.handoffsIn > 0)
		)
			item.handoffWait += t - released;
		const total = main + handoff + review + rework;
		if (measured && this.breakdown)
			accountVisit(item, f.steps, j, reviewerStep, released, enqueued, t, total);
		this.addBusy(k, t, total, main, handoff, review, rework);
		this.busy[k]!++;
		this.events.push(t + total, FINISH, flow, item, j, reviewerStep, sendBack, 0);
	}

	/** Step j of `item` joins its station's queue at t (or starts at once when a seat is free). */
	private enqueue(item: Item, j: number, reviewer: number, released: number) {
		const t = this.now;
		const k = this.flows[item.flow]!.steps[j]!.station;
		if (this.busy[k]! < this.servers[k]!) this.begin(item, j, reviewer, released, t, k);
		else this.queues.push(k, item, j, reviewer, released, t);
	}

	/** The step becomes ready at t, when step `from` finished: after its latency it joins the queue. */
	private ready(item: Item, j: number, from: number) {
		const t = this.now;
		const step = this.flows[item.flow]!.steps[j]!;
		if (item.critical !== null) item.critical[j] = from;
		item.handoffs += step.handoffsIn;
		if (step.latency > 0)
			this.events.push(t + step.latency, READY, item.flow, item, j, -1, false, t);
		else this.enqueue(item, j, -1, t);
	}

	/** Item finished at t with step `last`. */
	private complete(item: Item, last: number) {
		const t = this.now;
		const flow = item.flow;
		this.changeWip(flow, -1, t);
		if (t >= this.start && t <= this.end) this.completions[flow]!++;
		if (item.measured) {
			this.unfinished--;
			this.leadTimes.add(t - item.arrival, flow);
			this.handoffs[flow]! += item.handoffs;
			this.handoffWait[flow]! += item.handoffWait;
			if (this.breakdown)
				walkPath(item, this.flows[flow]!.steps, last, this.parts, flow * PARTS, this.onPath);
		}
		this.spare[flow]!.push(item);
	}

	/** The visit to step j finished at t: pass the work on, send it back, or leave. */
	private finish(item: Item, j: number, reviewer: number, sendBack: boolean) {
		const t = this.now;
		const f = this.flows[item.flow]!;
		const step = f.steps[j]!;
		if (reviewer >= 0) {
			// Reworked: back to the review that asked for it, after its latency.
			const review = f.steps[reviewer]!;
			if (review.reworkCross) item.handoffs++;
			if (review.latency > 0)
				this.events.push(t + review.latency, READY, item.flow, item, reviewer, -1, false, t);
			else this.enqueue(item, reviewer, -1, t);
			return;
		}
		if (sendBack) {
			item.rounds![j]!++;
			if (step.reworkCross) item.handoffs++;
			this.enqueue(item, step.rework!.step, j, t);
			return;
		}
		if (--item.left === 0) return this.complete(item, j);
		if (f.chain) return this.ready(item, j + 1, j);
		const next = step.next;
		for (let s = 0; s < next.length; s++) {
			const n = next[s]!;
			if (--item.pending![n]! === 0) this.ready(item, n, j);
		}
	}
}
