import { max, scaleBand, scaleSequential, interpolateGreens } from 'd3';
import type { CadenceWeek } from '$lib/domain/conversations/cadence';

export interface HeatRow {
	id: string;
	name: string;
	weeks: CadenceWeek[];
}

export interface HeatCell {
	week: string;
	start: string;
	count: number;
	target: number;
	met: boolean;
	x: number;
	fill: string;
	ink: string;
}

export interface HeatLayout {
	width: number;
	height: number;
	cell: { width: number; height: number };
	label: number;
	columns: { week: string; start: string; x: number; current: boolean }[];
	rows: { id: string; name: string; y: number; cells: HeatCell[] }[];
}

export const NO_CONVERSATIONS = '#f6dcda';
export const BELOW_TARGET = '#f7dfae';
export const OPEN_WEEK = '#eef0f4';

/**
 * Positions and colours for a marketers × weeks heat map: d3 band scales place the cells, and a
 * sequential green scale shades weeks that met their target by how far they went past it.
 * A week with no conversation is pale red, one below target amber, and this week while it is
 * still open and short of its target grey.
 */
export function heatLayout(
	rows: readonly HeatRow[],
	thisWeek: string,
	{ width = 960, label = 180, rowHeight = 30, header = 34 } = {}
): HeatLayout {
	const weeks = rows[0]?.weeks ?? [];
	const x = scaleBand<string>()
		.domain(weeks.map((w) => w.week))
		.range([label, width])
		.paddingInner(0.08);
	const y = scaleBand<string>()
		.domain(rows.map((r) => r.id))
		.range([header, header + rows.length * rowHeight])
		.paddingInner(0.12);
	const top = max(rows.flatMap((r) => r.weeks.map((w) => w.count - w.target))) ?? 0;
	const green = scaleSequential(interpolateGreens).domain([-1.5, Math.max(top, 1) + 1.5]);
	const colour = (w: CadenceWeek) => {
		if (w.met) {
			const fill = green(w.count - w.target);
			return { fill, ink: w.count - w.target >= Math.max(top, 1) * 0.6 ? '#ffffff' : '#10301c' };
		}
		if (w.week === thisWeek) return { fill: OPEN_WEEK, ink: '#4d5565' };
		return { fill: w.count === 0 ? NO_CONVERSATIONS : BELOW_TARGET, ink: '#5a1f1b' };
	};
	return {
		width,
		height: header + rows.length * rowHeight,
		cell: { width: x.bandwidth(), height: y.bandwidth() },
		label,
		columns: weeks.map((w) => ({
			week: w.week,
			start: w.start,
			x: x(w.week) ?? 0,
			current: w.week === thisWeek
		})),
		rows: rows.map((r) => ({
			id: r.id,
			name: r.name,
			y: y(r.id) ?? 0,
			cells: r.weeks.map((w) => ({ ...w, x: x(w.week) ?? 0, ...colour(w) }))
		}))
	};
}
