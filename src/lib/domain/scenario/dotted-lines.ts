import { refuse, settle, type OperationError, type Outcome } from './operations';
import { dottedLineSchema, type Design } from './schema';

/** The two seats a dotted line joins, in its direction (from the seat that gives direction). */
export interface DottedEnds {
	fromSeatId: string;
	toSeatId: string;
}

const same = (a: DottedEnds) => (b: DottedEnds) =>
	a.fromSeatId === b.fromSeatId && a.toSeatId === b.toSeatId;

function notFound({ fromSeatId, toSeatId }: DottedEnds): OperationError {
	return {
		rule: 'dotted-line-not-found',
		path: ['dottedLines'],
		message: `there is no dotted line from "${fromSeatId}" to "${toSeatId}"`
	};
}

/** Dotted lines that start or end at `seatId`, in design order. */
export function dottedLinesOf(design: Design, seatId: string) {
	return design.dottedLines.filter((l) => l.fromSeatId === seatId || l.toSeatId === seatId);
}

/**
 * Adds a dotted line between two existing, different seats with an optional label (at most
 * 80 characters); refused when the same line already exists.
 */
export function addDottedLine<T extends Design>(
	design: T,
	input: DottedEnds & { label?: string }
): Outcome<T> {
	const parsed = dottedLineSchema.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		return refuse({
			rule: 'invalid-dotted-line',
			path: ['dottedLines', ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
			message: issue.message
		});
	}
	return settle(design, { ...design, dottedLines: [...design.dottedLines, parsed.data] });
}

/** Changes the label of the dotted line between `ends` (an empty label is allowed). */
export function labelDottedLine<T extends Design>(
	design: T,
	ends: DottedEnds,
	label: string
): Outcome<T> {
	const index = design.dottedLines.findIndex(same(ends));
	if (index < 0) return refuse(notFound(ends));
	const parsed = dottedLineSchema.shape.label.safeParse(label);
	if (!parsed.success)
		return refuse({
			rule: 'invalid-dotted-line',
			path: ['dottedLines', index, 'label'],
			message: parsed.error.issues[0]!.message
		});
	const line = { ...design.dottedLines[index]!, label: parsed.data };
	return settle(design, { ...design, dottedLines: design.dottedLines.with(index, line) });
}

/** Removes the dotted line between `ends`. */
export function removeDottedLine<T extends Design>(design: T, ends: DottedEnds): Outcome<T> {
	if (!design.dottedLines.some(same(ends))) return refuse(notFound(ends));
	return settle(design, {
		...design,
		dottedLines: design.dottedLines.filter((l) => !same(ends)(l))
	});
}
