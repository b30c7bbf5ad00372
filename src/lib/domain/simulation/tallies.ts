import { PARTS } from './stats';

/**
 * What a replication counts, per station and per flow, in typed arrays zeroed for each
 * replication (RunSums reads them when it ends). Times are working hours; only what happens
 * inside the measured window, from `start` to `end`, counts.
 */
export class Tallies {
	protected readonly start: number;
	protected readonly end: number;

	// Per station: busy hours by kind and queue waits.
	readonly craft: Float64Array;
	readonly handoff: Float64Array;
	readonly review: Float64Array;
	readonly rework: Float64Array;
	readonly waitSum: Float64Array;
	readonly waitCount: Float64Array;
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
	/** Items that arrived in the window and have not finished yet. */
	unfinished = 0;

	constructor(stations: number, flows: number, window: { start: number; end: number }) {
		this.start = window.start;
		this.end = window.end;
		this.craft = new Float64Array(stations);
		this.handoff = new Float64Array(stations);
		this.review = new Float64Array(stations);
		this.rework = new Float64Array(stations);
		this.waitSum = new Float64Array(stations);
		this.waitCount = new Float64Array(stations);
		this.onPath = new Float64Array(stations * PARTS);
		this.wip = new Float64Array(flows);
		this.last = new Float64Array(flows);
		this.completions = new Float64Array(flows);
		this.wipArea = new Float64Array(flows);
		this.handoffs = new Float64Array(flows);
		this.handoffWait = new Float64Array(flows);
		this.parts = new Float64Array(flows * PARTS);
	}

	/** Zeroes every tally (a new replication). */
	protected zero(): void {
		for (const a of [this.craft, this.handoff, this.review, this.rework, this.onPath]) a.fill(0);
		for (const a of [this.waitSum, this.waitCount, this.wip, this.last, this.completions])
			a.fill(0);
		for (const a of [this.wipArea, this.handoffs, this.handoffWait, this.parts]) a.fill(0);
		this.unfinished = 0;
	}

	/** Hours between a and b inside the measured window. */
	protected clip(a: number, b: number): number {
		return Math.max(0, Math.min(b, this.end) - Math.max(a, this.start));
	}

	/** The items of `flow` in the system change by `delta` at t hours. */
	protected changeWip(flow: number, delta: number, t: number): void {
		this.wipArea[flow]! += this.wip[flow]! * this.clip(this.last[flow]!, t);
		this.wip[flow]! += delta;
		this.last[flow] = t;
	}

	/**
	 * A station's visit from t lasting `main + handoff + review + rework` hours (`total`): the part
	 * of it inside the window adds to station k's busy hours, kind by kind.
	 */
	protected addBusy(
		k: number,
		t: number,
		total: number,
		main: number,
		handoff: number,
		review: number,
		rework: number
	): void {
		const busy = this.clip(t, t + total);
		if (busy > 0 && total > 0) {
			const share = busy / total;
			this.craft[k]! += main * share;
			this.handoff[k]! += handoff * share;
			this.review[k]! += review * share;
			this.rework[k]! += rework * share;
		}
	}
}
