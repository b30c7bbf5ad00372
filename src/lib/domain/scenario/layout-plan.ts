import type { Forest } from './layout-forest';

/** Spacing in chart units (px at zoom 1). */
export const GAP_X = 24;
export const GAP_TEAMS = 48;
export const GAP_Y = 56;
/** In a block: indent per level (room for the spine left of a card) and gap between rows. */
export const INDENT = 20;
export const ROW_GAP = 14;

/** A seat listed in a block, `level` 0 for a direct report of the block's manager. */
export interface Row {
	id: string;
	level: number;
}

/**
 * A box for d3's tidy tree: one seat; a block of a manager's reports listed in columns (stacked
 * leaves, or whole subtrees indented by level); a pad keeping a tall block's column free on the
 * levels below it; or the forest root.
 */
export interface Box {
	seat: string | null;
	columns: Row[][];
	/** Width of each column (px). */
	widths: number[];
	/** Rows in the longest column. */
	rows: number;
	width: number;
	children: Box[];
}

export interface Frame {
	forest: Forest;
	collapsed: ReadonlySet<string>;
	w: number;
	h: number;
}

/**
 * Leaf teams of at least `stackFrom` seats are stacked. A manager whose every report heads a
 * subtree of at most `hangRows` visible seats hangs those subtrees as indented lists, in
 * columns of at most `hangRows` rows (Infinity: never).
 */
export interface Rules {
	stackFrom: number;
	hangRows: number;
}

const box = (seat: string | null, width: number): Box => ({
	seat,
	columns: [],
	widths: [],
	rows: 0,
	width,
	children: []
});

/** The boxes to lay out; collapsed seats end their branch. No recursion. */
export function plan(frame: Frame, { stackFrom, hangRows }: Rules): Box {
	const { forest, collapsed, w } = frame;
	const size = hangRows < Infinity ? visibleSizes(frame) : new Map<string, number>();
	const rowsOf = hangRows < Infinity ? hangRows : undefined;
	const root = box(null, 0);
	root.children = forest.roots.map((id) => box(id, w));
	const todo = [...root.children];
	// A collapsed manager shows no reports, so it stacks with its team like any leaf.
	const isLeaf = (id: string) => forest.reports.get(id)!.length === 0 || collapsed.has(id);
	for (let next = todo.pop(); next; next = todo.pop()) {
		const id = next.seat!;
		const reports = forest.reports.get(id)!;
		if (collapsed.has(id) || reports.length === 0) continue;
		if (rowsOf && reports.every((r) => size.get(r)! <= rowsOf)) {
			next.children = [
				block(
					reports.map((r) => listed(frame, r)),
					frame,
					rowsOf
				)
			];
			continue;
		}
		const leaves = reports.filter(isLeaf);
		const stacked = leaves.length >= stackFrom;
		next.children = (stacked ? reports.filter((r) => !isLeaf(r)) : reports).map((r) => box(r, w));
		for (const child of next.children) todo.push(child);
		const rows = leaves.map((id) => [{ id, level: 0 }]);
		if (stacked) next.children.splice(next.children.length >> 1, 0, block(rows, frame, rowsOf));
	}
	return root;
}

/** Seats at or under each seat that show (a collapsed seat counts 1). */
function visibleSizes({ forest, collapsed }: Frame): Map<string, number> {
	const size = new Map<string, number>();
	for (let i = forest.order.length - 1; i >= 0; i--) {
		const id = forest.order[i]!;
		let s = 1;
		if (!collapsed.has(id)) for (const r of forest.reports.get(id)!) s += size.get(r)!;
		size.set(id, s);
	}
	return size;
}

/** Rows per column that make hung blocks about as tall as a chart `aspect` times wider. */
export function hangRows(frame: Frame, aspect: number): number {
	const sizes = visibleSizes(frame);
	const visible = frame.forest.roots.reduce((n, id) => n + sizes.get(id)!, 0);
	const { w, h } = frame;
	return Math.max(8, Math.round(Math.sqrt((visible * (w + INDENT)) / ((h + ROW_GAP) * aspect))));
}

/** A report and its visible subtree as rows in pre-order. */
function listed({ forest, collapsed }: Frame, top: string): Row[] {
	const rows: Row[] = [];
	const stack: Row[] = [{ id: top, level: 0 }];
	for (let row = stack.pop(); row; row = stack.pop()) {
		rows.push(row);
		if (collapsed.has(row.id)) continue;
		const reports = forest.reports.get(row.id)!;
		for (let i = reports.length - 1; i >= 0; i--)
			stack.push({ id: reports[i]!, level: row.level + 1 });
	}
	return rows;
}

/**
 * Groups of rows (one per report) in columns of at most `maxRows` rows, or about as wide as
 * the block is tall; a group never splits, so every report stays below its manager. Padded
 * below to keep its space free on the levels under it.
 */
function block(groups: Row[][], { w, h }: Frame, maxRows?: number): Box {
	const total = groups.reduce((n, g) => n + g.length, 0);
	const square = Math.sqrt(total * (h + ROW_GAP) * (w + INDENT)) / (w + INDENT);
	const target = maxRows ?? Math.ceil(total / Math.max(1, Math.round(square)));
	const result = box(null, 0);
	let column: Row[] = [];
	for (const group of groups) {
		if (column.length > 0 && column.length + group.length > target) {
			result.columns.push(column);
			column = [];
		}
		column.push(...group);
	}
	result.columns.push(column);
	result.widths = result.columns.map(
		(c) => w + INDENT * (1 + c.reduce((deepest, r) => Math.max(deepest, r.level), 0))
	);
	result.rows = Math.max(...result.columns.map((c) => c.length));
	result.width = result.widths.reduce((a, b) => a + b, 0) + (result.columns.length - 1) * GAP_X;
	const pads = Math.ceil((result.rows * (h + ROW_GAP) - ROW_GAP + GAP_Y) / (h + GAP_Y)) - 1;
	let end = result;
	for (let i = 0; i < pads; i++) end = end.children[0] = box(null, result.width);
	return result;
}
