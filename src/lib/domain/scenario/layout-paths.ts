import type { ChartLayout, ChartNode } from './layout';
import { GAP_Y, INDENT } from './layout-plan';

// SVG path data for the chart's lines, in chart units (px at zoom 1), rounded to 0.1.

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A reporting line as SVG path data and as its corner points (x, y pairs), chart units. */
export interface LinkShape {
	path: string;
	points: number[];
}

/** Orthogonal segments through `points` (x, y pairs, rounded to 0.1), as H and V steps. */
function shape(points: number[]): LinkShape {
	const p = points.map(r1);
	let path = `M${p[0]},${p[1]}`;
	for (let i = 2; i < p.length; i += 2)
		path += p[i] !== p[i - 2] ? `H${p[i]}` : p[i + 1] !== p[i - 1] ? `V${p[i + 1]}` : '';
	return { path, points: p };
}

/** Down from the manager's bottom centre to mid-gap, across, and down to the report's top. */
export function elbow(mx: number, my: number, cx: number, cy: number, h: number): LinkShape {
	const mid = my + h + GAP_Y / 2;
	return r1(mx) === r1(cx)
		? shape([mx, my + h, mx, cy])
		: shape([mx, my + h, mx, mid, cx, mid, cx, cy]);
}

/** To a listed report: down to mid-gap, across to its column's spine, down, then right. */
export function spine(mx: number, my: number, x: number, y: number, h: number): LinkShape {
	const side = x - INDENT / 2;
	const mid = my + h + GAP_Y / 2;
	return shape([mx, my + h, mx, mid, side, mid, side, y + h / 2, x, y + h / 2]);
}

/** Inside an indented list: down from the parent's bottom-left, then right to the report. */
export function branch(
	parent: { x: number; y: number },
	x: number,
	y: number,
	h: number
): LinkShape {
	const side = parent.x + INDENT / 2;
	return shape([side, parent.y + h, side, y + h / 2, x, y + h / 2]);
}

const indexes = new WeakMap<ChartLayout, Map<string, ChartNode>>();

/**
 * A curved path for a dotted line between two visible seats (null when either is hidden or
 * missing): between facing sides when they stand apart, else from bottom to top.
 */
export function dottedLinkPath(layout: ChartLayout, fromId: string, toId: string): string | null {
	let index = indexes.get(layout);
	if (!index) indexes.set(layout, (index = new Map(layout.nodes.map((n) => [n.id, n]))));
	const a = index.get(fromId);
	const b = index.get(toId);
	if (!a || !b || a === b) return null;
	const curve = (sx: number, sy: number, c1: number[], c2: number[], ex: number, ey: number) =>
		`M${r1(sx)},${r1(sy)}C${c1.map(r1).join(',')} ${c2.map(r1).join(',')} ${r1(ex)},${r1(ey)}`;
	const right = b.x >= a.x + a.width;
	if (right || b.x + b.width <= a.x) {
		const [sx, sy] = [right ? a.x + a.width : a.x, a.y + a.height / 2];
		const [ex, ey] = [right ? b.x : b.x + b.width, b.y + b.height / 2];
		const bend = (ex - sx) / 2;
		return curve(sx, sy, [sx + bend, sy], [ex - bend, ey], ex, ey);
	}
	const down = b.y >= a.y;
	const [sx, sy] = [a.x + a.width * 0.75, down ? a.y + a.height : a.y];
	const [ex, ey] = [b.x + b.width * 0.75, down ? b.y : b.y + b.height];
	const bend = (ey - sy) / 2;
	return curve(sx, sy, [sx, sy + bend], [ex, ey - bend], ex, ey);
}
