import type { FlowStats, LeadTime } from './schema';
import { HOURS_PER_WEEK } from './schema';

/** Raw tallies of one flow (or all flows) in one replication, over the measured window. */
export interface FlowTally {
	/** Lead times in hours of items that arrived after warm-up and completed before the horizon. */
	leadTimes: number[];
	/** Completions inside the window, whatever the arrival time (for throughput). */
	completionsInWindow: number;
	/** Integral of items in the system over the window, item-hours. */
	wipArea: number;
	/** Station changes summed over the measured completed items. */
	handoffs: number;
	/** Hours waited after hand-offs, summed over the measured completed items. */
	handoffWait: number;
}

export const newTally = (): FlowTally => ({
	leadTimes: [],
	completionsInWindow: 0,
	wipArea: 0,
	handoffs: 0,
	handoffWait: 0
});

/** Mean and percentiles (linear interpolation, R-7) of lead times in hours; zeros when empty. */
export function leadTimeOf(values: number[]): LeadTime {
	if (values.length === 0) return { meanHours: 0, p50Hours: 0, p85Hours: 0, p95Hours: 0 };
	const sorted = Float64Array.from(values).sort();
	let sum = 0;
	for (const v of sorted) sum += v;
	return {
		meanHours: sum / sorted.length,
		p50Hours: quantile(sorted, 0.5),
		p85Hours: quantile(sorted, 0.85),
		p95Hours: quantile(sorted, 0.95)
	};
}

/** The statistics of one replication's tally over a window of `windowHours` hours. */
export function flowStatsOf(tally: FlowTally, windowHours: number): FlowStats {
	const n = tally.leadTimes.length;
	return {
		leadTime: leadTimeOf(tally.leadTimes),
		throughputPerWeek: (tally.completionsInWindow / windowHours) * HOURS_PER_WEEK,
		meanWip: tally.wipArea / windowHours,
		handoffsPerItem: n > 0 ? tally.handoffs / n : 0,
		completedItems: n,
		handoffWaitHoursPerItem: n > 0 ? tally.handoffWait / n : 0
	};
}

/**
 * The mean over replications. Lead times are averaged over the replications that completed at
 * least one item (all zeros when none did); every other figure over all replications.
 */
export function averageFlowStats(runs: FlowStats[]): FlowStats {
	const withItems = runs.filter((r) => r.completedItems > 0);
	const avg = (xs: FlowStats[], f: (r: FlowStats) => number) =>
		xs.length === 0 ? 0 : xs.reduce((s, r) => s + f(r), 0) / xs.length;
	return {
		leadTime: {
			meanHours: avg(withItems, (r) => r.leadTime.meanHours),
			p50Hours: avg(withItems, (r) => r.leadTime.p50Hours),
			p85Hours: avg(withItems, (r) => r.leadTime.p85Hours),
			p95Hours: avg(withItems, (r) => r.leadTime.p95Hours)
		},
		throughputPerWeek: avg(runs, (r) => r.throughputPerWeek),
		meanWip: avg(runs, (r) => r.meanWip),
		handoffsPerItem: avg(withItems, (r) => r.handoffsPerItem),
		completedItems: avg(runs, (r) => r.completedItems),
		handoffWaitHoursPerItem: avg(withItems, (r) => r.handoffWaitHoursPerItem)
	};
}

/** The p-quantile of ascending non-empty `sorted`, interpolating linearly (R-7, as d3.quantile). */
export function quantile(sorted: Float64Array, p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const a = sorted[lo]!;
	return lo + 1 < sorted.length ? a + (sorted[lo + 1]! - a) * (h - lo) : a;
}
