import { hierarchy, tree, type HierarchyNode } from 'd3';
import { buildForest } from './layout-forest';
import { branch, elbow, spine } from './layout-paths';
import {
	GAP_TEAMS,
	GAP_X,
	GAP_Y,
	hangRows,
	INDENT,
	plan,
	ROW_GAP,
	type Box,
	type Frame,
	type Rules
} from './layout-plan';
import type { Seat } from './schema';

/** A seat on the chart. x, y are the top-left corner in chart units (px at zoom 1). */
export interface ChartNode {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** 0 for the top of the chart. */
	depth: number;
	/** Direct reports, shown or not. */
	reportCount: number;
	/** Seats under this one hidden because it is collapsed (0 when expanded). */
	hiddenCount: number;
	collapsed: boolean;
}

/**
 * A reporting line from a manager to a report: `path` is SVG path data of orthogonal segments,
 * `points` the same corners as x, y pairs (chart units) for the canvas.
 */
export interface ChartLink {
	from: string;
	to: string;
	path: string;
	points: number[];
}

/**
 * A column of a stacked or indented block: seats listed under one manager, drawn as one
 * shaded group so a stack reads as that manager's team, not as reports of the card above.
 */
export interface ChartGroup {
	/** The manager the listed seats report to (null for a block of roots). */
	managerId: string | null;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ChartLayout {
	/** Visible seats in pre-order: a manager before its reports. */
	nodes: ChartNode[];
	links: ChartLink[];
	groups: ChartGroup[];
	/** The box around every node, in chart units. */
	bounds: { x: number; y: number; width: number; height: number };
}

export interface LayoutOptions {
	/** Seats whose reports (at any depth) are hidden. */
	collapsed?: ReadonlySet<string>;
	/**
	 * true: stack every team of leaf reports in columns; false: one row per team. 'auto'
	 * (default): stack teams of more than 6 leaves; while the chart is over 3 times wider than
	 * tall, stack every leaf team, then hang lower levels as indented lists in columns.
	 */
	compact?: boolean | 'auto';
	/** Card size in px at zoom 1; defaults 216 × 76. */
	nodeWidth?: number;
	nodeHeight?: number;
}

export const NODE_WIDTH = 216;
export const NODE_HEIGHT = 76;
/** 'auto' stacks a manager's leaf reports when there are more than this many … */
const AUTO_STACK_OVER = 6;
/** … every leaf team, then lower levels as indented lists, while the chart is this wide: */
const AUTO_ASPECT = 3;
const AUTO_MIN_COLUMNS = 8;

/**
 * Lays out the visible seats top-down with d3's tidy tree (O(n), no recursion). A block of
 * stacked or indented reports is one wide box. 10,000 seats take about 10–40 ms (up to six
 * passes in 'auto'); cycles and unknown managers never loop.
 */
export function layoutChart(
	seats: readonly Pick<Seat, 'id' | 'managerId'>[],
	options: LayoutOptions = {}
): ChartLayout {
	const frame: Frame = {
		forest: buildForest(seats),
		collapsed: options.collapsed ?? new Set(),
		w: options.nodeWidth ?? NODE_WIDTH,
		h: options.nodeHeight ?? NODE_HEIGHT
	};
	const compact = options.compact ?? 'auto';
	if (compact !== 'auto')
		return emit(
			frame,
			arrange(frame, plan(frame, { stackFrom: compact ? 2 : Infinity, hangRows: Infinity }))
		);
	const tooWide = ([x0, x1, bottom]: [number, number, number], slack = 0) =>
		x1 - x0 - slack > AUTO_ASPECT * bottom &&
		x1 - x0 - slack > AUTO_MIN_COLUMNS * (frame.w + GAP_X);
	// Null when too wide; most too-wide plans show it in their widest level, without the tree.
	const fitting = (rules: Rules): Arranged | null => {
		const boxes = plan(frame, rules);
		if (tooWide(leastExtent(boxes, frame), 1)) return null;
		const root = arrange(frame, boxes);
		return tooWide(extent(root, frame)) ? null : root;
	};
	const shown =
		fitting({ stackFrom: AUTO_STACK_OVER + 1, hangRows: Infinity }) ??
		fitting({ stackFrom: 2, hangRows: Infinity });
	if (shown) return emit(frame, shown);
	// Blocks rarely fill their columns, so allow taller ones while the chart stays too wide.
	let rows = hangRows(frame, AUTO_ASPECT);
	for (let tries = 1; tries < 4; tries++) {
		const hung = fitting({ stackFrom: 2, hangRows: rows });
		if (hung) return emit(frame, hung);
		rows = Math.round(rows * 1.5);
	}
	return emit(frame, arrange(frame, plan(frame, { stackFrom: 2, hangRows: rows })));
}

type Arranged = HierarchyNode<Box>;

/** Runs the tidy tree; x is a box's centre, y its level's top plus one level (the forest root). */
function arrange(frame: Frame, boxes: Box): Arranged {
	const root = hierarchy(boxes, (box) => box.children);
	tree<Box>()
		.nodeSize([1, frame.h + GAP_Y])
		.separation(
			(a, b) => (a.data.width + b.data.width) / 2 + (a.parent === b.parent ? GAP_X : GAP_TEAMS)
		)(root);
	return root;
}

/** Left edge, right edge and bottom of the arranged boxes (chart units, before emitting). */
function extent(root: Arranged, { h }: Frame): [number, number, number] {
	let [x0, x1, bottom] = [Infinity, -Infinity, 0];
	root.each((n) => {
		if (n.data.seat === null && n.data.columns.length === 0) return;
		x0 = Math.min(x0, n.x! - n.data.width / 2);
		x1 = Math.max(x1, n.x! + n.data.width / 2);
		bottom = Math.max(bottom, n.y! + Math.max(1, n.data.rows) * (h + ROW_GAP));
	});
	return [x0, x1, bottom - (h + GAP_Y)];
}

/**
 * The least extent (as `extent` answers it) any arrangement of these boxes can have: the tidy
 * tree keeps neighbours on a level at least their half widths and GAP_X apart, so no level is
 * narrower than its boxes side by side. The bottom depends on levels only, so it is exact.
 */
function leastExtent(root: Box, { h }: Frame): [number, number, number] {
	let [widest, bottom] = [0, 0];
	let level = root.children;
	for (let depth = 1; level.length > 0; depth++) {
		const below: Box[] = [];
		let width = -GAP_X;
		for (const box of level) {
			for (const child of box.children) below.push(child);
			if (box.seat === null && box.columns.length === 0) continue;
			width += box.width + GAP_X;
			bottom = Math.max(bottom, depth * (h + GAP_Y) + Math.max(1, box.rows) * (h + ROW_GAP));
		}
		widest = Math.max(widest, width);
		level = below;
	}
	return [0, widest, bottom - (h + GAP_Y)];
}

/** Chart nodes in pre-order, with the elbow, spine or branch path of every reporting line. */
function emit({ w, h, forest, collapsed }: Frame, root: Arranged): ChartLayout {
	const level = h + GAP_Y;
	const nodes: ChartNode[] = [];
	const links: ChartLink[] = [];
	const groups: ChartGroup[] = [];
	const add = (id: string, x: number, y: number) => {
		const reportCount = forest.reports.get(id)!.length;
		const folded = reportCount > 0 && collapsed.has(id);
		const hiddenCount = folded ? forest.subtreeSize.get(id)! - 1 : 0;
		const depth = forest.depth.get(id)!;
		nodes.push({
			id,
			x,
			y,
			width: w,
			height: h,
			depth,
			reportCount,
			hiddenCount,
			collapsed: folded
		});
	};
	const left = (n: { x?: number }, width: number) => Math.round(n.x! - width / 2);
	root.eachBefore((n) => {
		const box = n.data;
		const up = n.parent;
		const manager = up?.data.seat ?? null;
		const [mx, my] = up ? [left(up, w) + w / 2, up.y! - level] : [0, 0];
		const top = n.y! - level;
		if (box.seat !== null) {
			const x = left(n, w);
			add(box.seat, x, top);
			if (manager !== null)
				links.push({ from: manager, to: box.seat, ...elbow(mx, my, x + w / 2, top, h) });
			return;
		}
		let colX = left(n, box.width);
		box.columns.forEach((column, c) => {
			const rows = column.length * (h + ROW_GAP) - ROW_GAP;
			groups.push({
				managerId: manager,
				x: colX - 2,
				y: top - 8,
				width: box.widths[c]! + 10,
				height: rows + 16
			});
			const above: { id: string; x: number; y: number }[] = [];
			column.forEach((row, i) => {
				const [x, y] = [colX + INDENT * (row.level + 1), top + i * (h + ROW_GAP)];
				add(row.id, x, y);
				above[row.level] = { id: row.id, x, y };
				const parent = above[row.level - 1];
				if (parent) links.push({ from: parent.id, to: row.id, ...branch(parent, x, y, h) });
				else if (manager !== null)
					links.push({ from: manager, to: row.id, ...spine(mx, my, x, y, h) });
			});
			colX += box.widths[c]! + GAP_X;
		});
	});
	return { nodes, links, groups, bounds: boundsOf(nodes) };
}

function boundsOf(nodes: ChartNode[]): ChartLayout['bounds'] {
	if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const n of nodes) {
		x0 = Math.min(x0, n.x);
		y0 = Math.min(y0, n.y);
		x1 = Math.max(x1, n.x + n.width);
		y1 = Math.max(y1, n.y + n.height);
	}
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export { dottedLinkPath } from './layout-paths';

/**
 * What a fit that shows only the top `levels` levels collapses: every seat at depth
 * `levels - 1` (0 = the top) that has reports. Also answers how many levels the chart has.
 */
export function collapseBelow(
	seats: readonly Pick<Seat, 'id' | 'managerId'>[],
	levels: number
): { collapsed: Set<string>; depth: number } {
	const forest = buildForest(seats);
	const collapsed = new Set<string>();
	let depth = 0;
	for (const [id, d] of forest.depth) {
		depth = Math.max(depth, d + 1);
		if (d === levels - 1 && forest.reports.get(id)!.length > 0) collapsed.add(id);
	}
	return { collapsed, depth };
}
