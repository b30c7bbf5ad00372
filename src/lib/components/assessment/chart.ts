import { max, scaleBand, scaleLinear } from 'd3';
import type { Report } from '$lib/domain/assessment/report';

/** One row of the chart: an area's demand and the capacity given to it (hours/week). */
export interface ChartRow {
	key: string;
	label: string;
	demand: number;
	capacity: number;
	ratio: number;
}

/** Rows of the chart: the areas with any demand or capacity, the largest demand first. */
export function chartRows(report: Pick<Report, 'areas'>): ChartRow[] {
	return report.areas
		.filter((a) => a.demandHoursPerWeek > 0 || a.capacityHoursPerWeek > 0)
		.map((a) => ({
			key: a.area,
			label: a.label,
			demand: a.demandHoursPerWeek,
			capacity: a.capacityHoursPerWeek,
			ratio: a.ratio
		}))
		.sort((a, b) => b.demand - a.demand || a.label.localeCompare(b.label));
}

/** Height of one row (two bars and the gap under them), px. */
export const ROW = 36;

export interface ChartLayout {
	height: number;
	/** Where the bars start (hours = 0) and the plot's right edge, px. */
	left: number;
	right: number;
	ticks: { value: number; x: number }[];
	bars: (ChartRow & { y: number; bar: number; demandWidth: number; capacityWidth: number })[];
}

/**
 * Horizontal paired bars (demand above, capacity below) on one hours/week scale starting at 0,
 * for a chart `width` px wide with `labelWidth` px of area names on the left.
 */
export function layoutChart(rows: ChartRow[], width: number, labelWidth: number): ChartLayout {
	const left = labelWidth + 8;
	const right = Math.max(left + 40, width - 64);
	const top = Math.max(1, max(rows, (r) => Math.max(r.demand, r.capacity)) ?? 1);
	const x = scaleLinear().domain([0, top]).range([left, right]).nice();
	const y = scaleBand()
		.domain(rows.map((r) => r.key))
		.range([0, rows.length * ROW])
		.paddingInner(0.2)
		.paddingOuter(0.1);
	const bar = y.bandwidth() / 2;
	return {
		height: rows.length * ROW + 24,
		left,
		right,
		ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
		bars: rows.map((r) => ({
			...r,
			y: y(r.key) ?? 0,
			bar,
			demandWidth: x(r.demand) - left,
			capacityWidth: x(r.capacity) - left
		}))
	};
}
