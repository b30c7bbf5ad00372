import { scaleLinear } from 'd3';
import { CROSS_LANE, laneKey } from './ownership';
import { QUARTER_WEEKS, type Initiative } from './schema';

export interface LaneInput {
	key: string;
	name: string;
}

/** An initiative's bar: x and width in pixels, its row inside the lane. */
export interface Bar {
	id: string;
	x: number;
	width: number;
	y: number;
	row: number;
}

export interface LaneBox {
	key: string;
	name: string;
	y: number;
	height: number;
	bars: Bar[];
}

export interface RoadmapLayout {
	width: number;
	height: number;
	/** Left edge of each week 1–14 (14 is the right edge of week 13), pixels. */
	weekX: number[];
	lanes: LaneBox[];
	/** Pixels per week, to turn a drag distance into weeks. */
	weekWidth: number;
}

export interface LayoutOptions {
	width: number;
	labelWidth: number;
	rowHeight: number;
	lanePadding: number;
}

/** The lanes: one per audience in order, then cross-audience work. */
export const lanesOf = (audiences: readonly { id: string; name: string }[]): LaneInput[] => [
	...audiences.map((a) => ({ key: a.id, name: a.name })),
	{ key: CROSS_LANE, name: 'Cross-audience' }
];

/**
 * Swimlanes across weeks 1–13 (d3 linear scale from weeks to pixels): each lane stacks its
 * initiatives in rows so overlapping weeks never share a row (first fit, in start order).
 */
export function layoutRoadmap(
	lanes: readonly LaneInput[],
	initiatives: readonly Initiative[],
	o: LayoutOptions
): RoadmapLayout {
	const x = scaleLinear()
		.domain([1, QUARTER_WEEKS + 1])
		.range([o.labelWidth, o.width]);
	const weekX = Array.from({ length: QUARTER_WEEKS + 1 }, (_, i) => x(i + 1));
	let y = 0;
	const boxes = lanes.map((lane) => {
		const mine = initiatives
			.filter((i) => laneKey(i.audienceId) === lane.key)
			.sort(
				(a, b) => a.startWeek - b.startWeek || a.endWeek - b.endWeek || a.id.localeCompare(b.id)
			);
		const rowEnds: number[] = [];
		const bars = mine.map((i) => {
			let row = rowEnds.findIndex((end) => end < i.startWeek);
			if (row < 0) row = rowEnds.push(0) - 1;
			rowEnds[row] = i.endWeek;
			return {
				id: i.id,
				x: x(i.startWeek),
				width: x(i.endWeek + 1) - x(i.startWeek),
				y: y + o.lanePadding + row * o.rowHeight,
				row
			};
		});
		const height = Math.max(1, rowEnds.length) * o.rowHeight + 2 * o.lanePadding;
		const box = { key: lane.key, name: lane.name, y, height, bars };
		y += height;
		return box;
	});
	return { width: o.width, height: y, weekX, lanes: boxes, weekWidth: x(2) - x(1) };
}
