import type { FlowStats, LeadTime } from './schema';
import { HOURS_PER_WEEK } from './schema';
import { PARTS } from './stats';

/** What one replication tallied for a flow, a group of flows or all of them, over the window. */
export interface Tally {
	/** Measured items completed. */
	items: number;
	/** Their lead times' mean and percentiles, hours. */
	leadTime: LeadTime;
	/** Their critical-path hours by part (PART_…) at `parts[partsAt…]`, summed. */
	parts: ArrayLike<number>;
	partsAt: number;
	/** Completions inside the window, whatever the arrival time (for throughput). */
	completions: number;
	/** Integral of items in the system over the window, item-hours. */
	wipArea: number;
	/** Station changes and hours waited after hand-offs, summed over the measured items. */
	handoffs: number;
	handoffWait: number;
}

/**
 * The running mean over replications of a flow's (or group's) statistics, added one replication
 * at a time so no replication's raw tallies need to be kept. Lead times, their breakdown and the
 * per-item figures are averaged over the replications that completed at least one item (zeros
 * when none did), every other figure over all replications. Sums run in replication order, so
 * the result does not depend on how the replications were held.
 */
export class FlowStatsSum {
	private runs = 0;
	private withItems = 0;
	private lead = [0, 0, 0, 0];
	private parts = new Float64Array(PARTS);
	private throughput = 0;
	private wip = 0;
	private items = 0;
	private handoffs = 0;
	private handoffWait = 0;

	/** `windowHours`: the measured window, hours. */
	constructor(private readonly windowHours: number) {}

	add(t: Tally): void {
		this.runs++;
		this.throughput += (t.completions / this.windowHours) * HOURS_PER_WEEK;
		this.wip += t.wipArea / this.windowHours;
		this.items += t.items;
		const n = t.items;
		if (n === 0) return;
		this.withItems++;
		const { lead } = this;
		lead[0]! += t.leadTime.meanHours;
		lead[1]! += t.leadTime.p50Hours;
		lead[2]! += t.leadTime.p85Hours;
		lead[3]! += t.leadTime.p95Hours;
		for (let k = 0; k < PARTS; k++) this.parts[k]! += t.parts[t.partsAt + k]! / n;
		this.handoffs += t.handoffs / n;
		this.handoffWait += t.handoffWait / n;
	}

	/** The means so far. */
	mean(): FlowStats {
		const all = (s: number) => (this.runs === 0 ? 0 : s / this.runs);
		const some = (s: number) => (this.withItems === 0 ? 0 : s / this.withItems);
		const [mean, p50, p85, p95] = this.lead.map(some) as [number, number, number, number];
		const parts = Array.from(this.parts, some);
		return {
			leadTime: { meanHours: mean, p50Hours: p50, p85Hours: p85, p95Hours: p95 },
			leadTimeBreakdown: {
				workHours: parts[0]!,
				queueHours: parts[1]!,
				handoffWaitHours: parts[2]!,
				reviewLatencyHours: parts[3]!,
				reworkHours: parts[4]!
			},
			throughputPerWeek: all(this.throughput),
			meanWip: all(this.wip),
			handoffsPerItem: some(this.handoffs),
			completedItems: all(this.items),
			handoffWaitHoursPerItem: some(this.handoffWait)
		};
	}
}
