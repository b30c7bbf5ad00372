import { QUARTER_WEEKS, type Initiative } from './schema';

/** How an initiative's weeks change: moved whole, or one end resized. */
export type Move =
	| { kind: 'move'; by: number }
	| { kind: 'resize-start'; by: number }
	| { kind: 'resize-end'; by: number }
	| { kind: 'set'; startWeek: number; endWeek: number };

const clamp = (w: number) => Math.min(QUARTER_WEEKS, Math.max(1, Math.round(w)));

/**
 * The weeks after `move` (weeks 1–13): a move keeps the length and stops at the quarter's
 * edges; a resize keeps at least one week. Drag, keyboard and side panel all use this.
 */
export function movedWeeks(i: Pick<Initiative, 'startWeek' | 'endWeek'>, move: Move) {
	const length = i.endWeek - i.startWeek;
	switch (move.kind) {
		case 'move': {
			const start = Math.min(
				QUARTER_WEEKS - length,
				Math.max(1, i.startWeek + Math.round(move.by))
			);
			return { startWeek: start, endWeek: start + length };
		}
		case 'resize-start':
			return { startWeek: Math.min(i.endWeek, clamp(i.startWeek + move.by)), endWeek: i.endWeek };
		case 'resize-end':
			return { startWeek: i.startWeek, endWeek: Math.max(i.startWeek, clamp(i.endWeek + move.by)) };
		case 'set': {
			const startWeek = clamp(move.startWeek);
			return { startWeek, endWeek: Math.max(startWeek, clamp(move.endWeek)) };
		}
	}
}

/** The initiatives with `id`'s weeks changed by `move`; the others unchanged. */
export function applyMove(
	initiatives: readonly Initiative[],
	id: string,
	move: Move
): Initiative[] {
	return initiatives.map((i) => (i.id === id ? { ...i, ...movedWeeks(i, move) } : i));
}
