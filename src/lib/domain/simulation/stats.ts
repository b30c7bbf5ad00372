import type { LeadTime, LeadTimeBreakdown } from './schema';
import { breakdownKeys } from './schema';

/** Parts of the breakdown tallied per item: indices into a tally's `parts`. */
export const PART_WORK = 0;
export const PART_QUEUE = 1;
export const PART_HANDOFF = 2;
export const PART_REVIEW = 3;
export const PART_REWORK = 4;
export const PARTS = 5;

/** A breakdown from PARTS hours, each divided by `n` (0 when n is 0). */
export function breakdownOf(parts: ArrayLike<number>, n = 1, offset = 0): LeadTimeBreakdown {
	const at = (k: number) => (n > 0 ? parts[offset + k]! / n : 0);
	return {
		workHours: at(PART_WORK),
		queueHours: at(PART_QUEUE),
		handoffWaitHours: at(PART_HANDOFF),
		reviewLatencyHours: at(PART_REVIEW),
		reworkHours: at(PART_REWORK)
	};
}

/** The mean of breakdowns, part by part; zeros when there are none. */
export function meanBreakdown(xs: LeadTimeBreakdown[]): LeadTimeBreakdown {
	const out = breakdownOf([0, 0, 0, 0, 0]);
	for (const key of breakdownKeys)
		out[key] = xs.length === 0 ? 0 : xs.reduce((s, b) => s + b[key], 0) / xs.length;
	return out;
}

/** Hours of a breakdown, all parts. */
export const breakdownTotal = (b: LeadTimeBreakdown) =>
	breakdownKeys.reduce((s, key) => s + b[key], 0);

/**
 * Mean and percentiles (linear interpolation, R-7, as d3.quantile) of lead times in hours; zeros
 * when empty. Percentiles come from a quickselect, lowest first, each searching only above the
 * last: linear time, where sorting a million lead times per replication would dominate the run.
 */
export function leadTimeOf(values: number[]): LeadTime {
	return leadTimeIn(Float64Array.from(values), values.length);
}

/** leadTimeOf of the first `n` lead times in `a` (hours), which it reorders. */
export function leadTimeIn(a: Float64Array, n: number): LeadTime {
	return leadTimeInto(a, n, { meanHours: 0, p50Hours: 0, p85Hours: 0, p95Hours: 0 });
}

/** The percentiles leadTimeInto takes, lowest first. */
const QUANTILES = [0.5, 0.85, 0.95];

/** leadTimeIn written into `out` (allocates nothing), which it returns. */
export function leadTimeInto(a: Float64Array, n: number, out: LeadTime): LeadTime {
	if (n === 0) {
		out.meanHours = out.p50Hours = out.p85Hours = out.p95Hours = 0;
		return out;
	}
	let sum = 0;
	for (let i = 0; i < n; i++) sum += a[i]!;
	// Positions up to k hold their final order statistics; `next` is the value just above k.
	let k = -1;
	let next = Infinity;
	for (let q = 0; q < QUANTILES.length; q++) {
		const h = (n - 1) * QUANTILES[q]!;
		const j = Math.floor(h);
		if (j > k) {
			quickselect(a, j, k + 1, n - 1);
			next = Infinity;
			for (let i = j + 1; i < n; i++) if (a[i]! < next) next = a[i]!;
			k = j;
		}
		const value = j + 1 < n ? a[j]! + (next - a[j]!) * (h - j) : a[j]!;
		if (q === 0) out.p50Hours = value;
		else if (q === 1) out.p85Hours = value;
		else out.p95Hours = value;
	}
	out.meanHours = sum / n;
	return out;
}

/**
 * Moves the k-th smallest of a[left..right] to a[k], smaller ones before it and larger ones after
 * (Hoare partition around a median of three). d3.quickselect does the same through a comparator,
 * which costs more than the rest of a replication on a million lead times.
 */
function quickselect(a: Float64Array, k: number, left: number, right: number): void {
	while (right > left) {
		const mid = (left + right) >> 1;
		const x = a[left]!;
		const y = a[mid]!;
		const z = a[right]!;
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let i = left;
		let j = right;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const t = a[i]!;
				a[i++] = a[j]!;
				a[j--] = t;
			}
		}
		if (k <= j) right = j;
		else if (k >= i) left = i;
		else return;
	}
}
