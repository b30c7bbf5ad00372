import type { CompiledFlow } from './flows';
import { accountVisit, walkPath } from './critical-path';
import { EventQueue } from './event-queue';
import { newItem, reuseItem, type Item } from './item';
import { PARTS } from './stats';
import type { Streams } from './streams';

/**
 * One replication of the discrete-event simulation (see engine.ts for the model), built once per
 * run and reused for every replication: stations, flows and lead times live in typed arrays,
 * events, queued visits and items in pools that outlast a replication, so the inner loop
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

interface Visit {
	item: Item | null;
	step: number;
	reviewer: number;
	released: number;
	/** When the visit joined the queue, hours. */
	enqueued: number;
}

export class Replication {
	private readonly flows: CompiledFlow[];
	private readonly streams: Streams;
	private readonly start: number;
	private readonly end: number;
	private readonly breakdown: boolean;

	// Per station: seats, rate, seats busy, busy hours by kind, queue waits, queued visits.
	readonly servers: Int32Array;
	private readonly rate: Float64Array;
	private readonly busy: Int32Array;
	readonly craft: Float64Array;
	readonly handoff: Float64Array;
	readonly review: Float64Array;
	readonly rework: Float64Array;
	readonly waitSum: Float64Array;
	readonly waitCount: Float64Array;
	private readonly queues: number[][];
	private readonly heads: Int32Array;
	/** Per station, PARTS critical-path hours of measured completed items. */
	readonly onPath: Float64Array;

	// Per flow: items in the system, when that last changed, and the tallies over the window.
	private readonly wip: Float64Array;
	private readonly last: Float64Array;
	readonly completions: Float64Array;
	readonly wipArea: Float64Array;
	readonly handoffs: Float64Array;
	readonly handoffWait: Float64Array;
	/** Per flow, PARTS critical-path hours by part, summed over measured completed items. */
	readonly parts: Float64Array;

	/** Lead times of measured items in completion order, and each one's flow (the first `count`). */
	private times = new Float64Array(1024);
	private timeFlow = new Int32Array(1024);
	private count = 0;
	/** Items that arrived in the window and have not finished yet. */
	unfinished = 0;
	/** The time of the event being handled, hours (kept here, not passed from call to call). */
	private now = 0.5;

	private readonly events = new EventQueue<Item>();
	private readonly visits: Visit[] = [];
	private readonly freeVisits: number[] = [];
	/** Per flow, every item made so far and those free to reuse (nothing refers to them). */
	private readonly items: Item[][];
	private spare: Item[][];

	constructor(
		flows: CompiledFlow[],
		stations: { servers: number; rateFactor: number }[],
		streams: Streams,
		window: { start: number; end: number; breakdown: boolean }
	) {
		this.flows = flows;
		this.streams = streams;
		this.start = window.start;
		this.end = window.end;
		this.breakdown = window.breakdown;
		const s = stations.length;
		this.servers = Int32Array.from(stations, (st) => st.servers);
		this.rate = Float64Array.from(stations, (st) => st.rateFactor);
		this.busy = new Int32Array(s);
		this.craft = new Float64Array(s);
		this.handoff = new Float64Array(s);
		this.review = new Float64Array(s);
		this.rework = new Float64Array(s);
		this.waitSum = new Float64Array(s);
		this.waitCount = new Float64Array(s);
		this.queues = stations.map(() => []);
		this.heads = new Int32Array(s);
		this.onPath = new Float64Array(s * PARTS);
		const n = flows.length;
		this.wip = new Float64Array(n);
		this.last = new Float64Array(n);
		this.completions = new Float64Array(n);
		this.wipArea = new Float64Array(n);
		this.handoffs = new Float64Array(n);
		this.handoffWait = new Float64Array(n);
		this.parts = new Float64Array(n * PARTS);
		this.items = flows.map(() => []);
		this.spare = flows.map(() => []);
	}

	/** Runs one replication whose streams derive from `seed` (a 32-bit integer). */
	run(seed: number): void {
		this.reset(seed);
		const { events, end, start, flows } = this;
		for (let i = 0; i < flows.length; i++)
			this.events.push(this.streams.gap(i), ARRIVAL, i, null, 0, -1, false, 0);
		// Items arriving in the window are followed until they finish, so long lead times are not
		// cut off at the horizon, for at most one more window; no new work arrives after the horizon.
		const drainEnd = end + (end - start);
		for (
			let ev = events.pop();
			ev !== null && (events.time <= end || (this.unfinished > 0 && events.time <= drainEnd));
			ev = events.pop()
		) {
			// Read the event: handling it schedules new ones into the slot it leaves.
			const t = events.time;
			this.now = t;
			const { kind, flow, item, step, reviewer, sendBack, released } = ev;
			ev.item = null;
			if (kind === ARRIVAL) {
				if (t <= end) this.arrive(flow);
			} else if (kind === READY) this.enqueue(item!, step, -1, released);
			else {
				const k = flows[flow]!.steps[step]!.station;
				this.busy[k]!--;
				this.finish(item!, step, reviewer, sendBack);
				const queue = this.queues[k]!;
				const head = this.heads[k]!;
				if (head < queue.length && this.busy[k]! < this.servers[k]!) {
					const v = this.visits[queue[head]!]!;
					this.freeVisits.push(queue[head]!);
					this.heads[k] = head + 1;
					const visitItem = v.item!;
					v.item = null;
					this.begin(visitItem, v.step, v.reviewer, v.released, v.enqueued, k);
					if (head + 1 > 4096 && (head + 1) * 2 > queue.length) {
						queue.splice(0, head + 1);
						this.heads[k] = 0;
					}
				}
			}
		}
		for (let i = 0; i < flows.length; i++) this.changeWip(i, 0, end);
	}

	/**
	 * Lead times of the run's measured items grouped by flow (completion order within a flow),
	 * flow f's at offsets[f] to offsets[f + 1]; valid until the next replication starts.
	 */
	leadTimesByFlow(): { times: Float64Array; offsets: Int32Array } {
		const n = this.flows.length;
		const offsets = new Int32Array(n + 1);
		if (n === 1) {
			offsets[1] = this.count;
			return { times: this.times.subarray(0, this.count), offsets };
		}
		for (let i = 0; i < this.count; i++) offsets[this.timeFlow[i]! + 1]!++;
		for (let f = 0; f < n; f++) offsets[f + 1]! += offsets[f]!;
		const at = offsets.slice(0, n);
		const times = new Float64Array(this.count);
		for (let i = 0; i < this.count; i++) times[at[this.timeFlow[i]!]!++] = this.times[i]!;
		return { times, offsets };
	}

	private reset(seed: number) {
		this.streams.reset(seed);
		this.events.clear();
		this.visits.forEach((v) => (v.item = null));
		this.freeVisits.length = 0;
		for (let i = this.visits.length - 1; i >= 0; i--) this.freeVisits.push(i);
		for (const q of this.queues) q.length = 0;
		for (const a of [this.busy, this.heads]) a.fill(0);
		for (const a of [this.craft, this.handoff, this.review, this.rework, this.onPath]) a.fill(0);
		for (const a of [this.waitSum, this.waitCount, this.wip, this.last, this.completions])
			a.fill(0);
		for (const a of [this.wipArea, this.handoffs, this.handoffWait, this.parts]) a.fill(0);
		this.count = 0;
		this.unfinished = 0;
		// Items still in the system when the last replication stopped are free again.
		this.items.forEach((all, f) => {
			if (this.spare[f]!.length === all.length) return;
			for (const item of all) item.own.fill(0);
			this.spare[f] = all.slice();
		});
	}

	/** Hours between a and b inside the measured window. */
	private clip(a: number, b: number) {
		return Math.max(0, Math.min(b, this.end) - Math.max(a, this.start));
	}

	private changeWip(flow: number, delta: number, t: number) {
		this.wipArea[flow]! += this.wip[flow]! * this.clip(this.last[flow]!, t);
		this.wip[flow]! += delta;
		this.last[flow] = t;
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
		for (const j of f.starts) this.ready(fresh, j, -1);
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
		const f = this.flows[item.flow]!;
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
			rework = (this.streams.effort(item.flow, j) * reviewer.rework!.share) / rate;
			handoff = reviewer.reworkCross ? (2 * reviewer.handoffHours) / rate : 0;
			main = 0;
		} else {
			main = this.streams.effort(item.flow, j) / rate;
			const r = step.rework;
			const round = item.rounds ? item.rounds[j]! : 0;
			sendBack =
				r !== null && round < r.maxRounds && this.streams.decide(item.flow, j) < r.probability;
			const received = round > 0 ? (step.reworkCross ? step.handoffHours : 0) : step.handoffIn;
			const sent = sendBack ? (step.reworkCross ? step.handoffHours : 0) : step.handoffOut;
			handoff = (received + sent) / rate;
			review = step.aiReview / rate;
			if (step.review) {
				review += main;
				main = 0;
			}
		}
		if (measured && released < t && (reviewerStep >= 0 || item.rounds?.[j] || step.handoffsIn > 0))
			item.handoffWait += t - released;
		const total = main + handoff + review + rework;
		if (measured && this.breakdown)
			accountVisit(item, f.steps, j, reviewerStep, released, enqueued, t, total);
		const busy = this.clip(t, t + total);
		if (busy > 0 && total > 0) {
			const share = busy / total;
			this.craft[k]! += main * share;
			this.handoff[k]! += handoff * share;
			this.review[k]! += review * share;
			this.rework[k]! += rework * share;
		}
		this.busy[k]!++;
		this.events.push(t + total, FINISH, item.flow, item, j, reviewerStep, sendBack, 0);
	}

	private enqueue(item: Item, j: number, reviewer: number, released: number) {
		const t = this.now;
		const k = this.flows[item.flow]!.steps[j]!.station;
		if (this.busy[k]! < this.servers[k]!) {
			this.begin(item, j, reviewer, released, t, k);
			return;
		}
		let slot = this.freeVisits.pop();
		if (slot === undefined) {
			slot = this.visits.length;
			this.visits.push({ item, step: j, reviewer, released, enqueued: t });
		} else {
			const v = this.visits[slot]!;
			v.item = item;
			v.step = j;
			v.reviewer = reviewer;
			v.released = released;
			v.enqueued = t;
		}
		this.queues[k]!.push(slot);
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
			if (this.count === this.times.length) this.grow();
			this.times[this.count] = t - item.arrival;
			this.timeFlow[this.count++] = flow;
			this.handoffs[flow]! += item.handoffs;
			this.handoffWait[flow]! += item.handoffWait;
			if (this.breakdown)
				walkPath(item, this.flows[flow]!.steps, last, this.parts, flow * PARTS, this.onPath);
		}
		this.spare[flow]!.push(item);
	}

	private grow() {
		const times = new Float64Array(this.times.length * 2);
		const timeFlow = new Int32Array(this.times.length * 2);
		times.set(this.times);
		timeFlow.set(this.timeFlow);
		this.times = times;
		this.timeFlow = timeFlow;
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
		for (const n of step.next) if (--item.pending![n]! === 0) this.ready(item, n, j);
	}
}
