import type {
	AccountabilityMap,
	Override,
	Role,
	Row,
	Timing
} from '$lib/domain/accountability/schema';
import { rowKey } from '$lib/domain/accountability/generate';
import { isAccountable } from '$lib/domain/accountability/schema';

/** What the matrix shows: an audience ('' for all) and a phase ('' for all). */
export interface MatrixFilter {
	audienceId: string;
	phase: string;
	allSeats: boolean;
}

/** Rows for the filter: an audience's own rows and the cross-audience rows every audience shares. */
export const visibleRows = (map: AccountabilityMap, f: MatrixFilter): Row[] =>
	map.rows.filter(
		(r) =>
			(!f.audienceId || r.audienceId === null || r.audienceId === f.audienceId) &&
			(!f.phase || r.phase === f.phase)
	);

/** Columns for the rows: every seat, or only the seats with a role in one of them. */
export function visibleSeats(map: AccountabilityMap, rows: Row[], all: boolean) {
	if (all) return map.seats;
	const used = new Set(rows.flatMap((r) => r.cells.map((c) => c.seatId)));
	return map.seats.filter((s) => used.has(s.id));
}

/** A cell position in the grid and where an arrow, Home/End or PageUp/PageDown key moves it. */
export interface Position {
	row: number;
	col: number;
}

export function move(at: Position, key: string, rows: number, cols: number): Position | null {
	const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
	const to: Record<string, Position> = {
		ArrowUp: { row: at.row - 1, col: at.col },
		ArrowDown: { row: at.row + 1, col: at.col },
		ArrowLeft: { row: at.row, col: at.col - 1 },
		ArrowRight: { row: at.row, col: at.col + 1 },
		Home: { row: at.row, col: 0 },
		End: { row: at.row, col: cols - 1 },
		PageUp: { row: at.row - 10, col: at.col },
		PageDown: { row: at.row + 10, col: at.col }
	};
	const next = to[key];
	return next ? { row: clamp(next.row, rows), col: clamp(next.col, cols) } : null;
}

/** A choice for a cell: a role (with its timing for C), or empty. */
export interface CellChoice {
	role: Role | null;
	timing?: Timing;
}

/** The overrides with one cell set (replacing an earlier setting of that cell). */
export function setCell(
	overrides: Override[],
	row: Row,
	seatId: string,
	choice: CellChoice
): Override[] {
	const rest = overrides.filter(
		(o) =>
			!(o.activityId === row.activityId && o.audienceId === row.audienceId && o.seatId === seatId)
	);
	const o: Override = {
		activityId: row.activityId,
		audienceId: row.audienceId,
		seatId,
		role: choice.role
	};
	if (choice.role === 'C' && choice.timing) o.timing = choice.timing;
	return [...rest, o];
}

/** The overrides without the user's setting of one cell (generation decides it again). */
export const resetCell = (overrides: Override[], row: Row, seatId: string): Override[] =>
	overrides.filter(
		(o) =>
			!(o.activityId === row.activityId && o.audienceId === row.audienceId && o.seatId === seatId)
	);

/**
 * The overrides that make `seatId` the row's one accountable seat: the seat becomes A (A/R
 * if it does the work), and the seat that was A keeps only its R, if it had one.
 */
export function moveAccountable(overrides: Override[], row: Row, seatId: string): Override[] {
	let out = overrides;
	for (const c of row.cells)
		if (c.seatId !== seatId && isAccountable(c.role))
			out = setCell(out, row, c.seatId, { role: c.role === 'A/R' ? 'R' : null });
	const mine = row.cells.find((c) => c.seatId === seatId)?.role;
	return setCell(out, row, seatId, { role: mine === 'R' || mine === 'A/R' ? 'A/R' : 'A' });
}

/** A cell's text: its role, with the timing of a consultation ("C·start"). */
export const cellLabel = (role: Role | undefined, timing?: Timing) =>
	!role ? '' : role === 'C' && timing ? `C·${timing}` : role;

/** The cells set by hand, as `<row key>/<seat id>`: emptied ones too, which have no cell left. */
export const cellsSetByHand = (overrides: readonly Override[]): ReadonlySet<string> =>
	new Set(overrides.map((o) => `${rowKey(o.activityId, o.audienceId)}/${o.seatId}`));
