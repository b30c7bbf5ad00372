import { checkDesign, errorsOf, type RuleId, type RuleIssue } from './rules';
import { seatSchema, type Design, type Seat, type SeatInput } from './schema';

/** Why an operation was refused: the rule it would break, or a missing seat or audience. */
export interface OperationError {
	rule:
		| RuleId
		| 'seat-not-found'
		| 'audience-not-found'
		| 'invalid-seat'
		| 'invalid-audience'
		| 'dotted-line-not-found'
		| 'invalid-dotted-line'
		| 'empty-scenario';
	path: (string | number)[];
	message: string;
}

export type Outcome<T extends Design> =
	{ ok: true; value: T } | { ok: false; error: OperationError };

export const refuse = <T extends Design>(error: OperationError): Outcome<T> => ({
	ok: false,
	error
});

/** Errors per rule, so a change is judged by whether it makes any rule worse. */
function errorCounts(issues: RuleIssue[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const issue of issues) counts.set(issue.rule, (counts.get(issue.rule) ?? 0) + 1);
	return counts;
}

// Each accepted design is checked once: an edit's "before" was the previous edit's "after".
const checked = new WeakMap<Design, RuleIssue[]>();
function errorsIn(design: Design): RuleIssue[] {
	let errors = checked.get(design);
	if (!errors) checked.set(design, (errors = errorsOf(checkDesign(design))));
	return errors;
}

/** Accepts the changed design unless some rule has more errors than it had before. */
export function settle<T extends Design>(before: T, after: T): Outcome<T> {
	const was = errorCounts(errorsIn(before));
	const issues = errorsIn(after);
	const now = errorCounts(issues);
	const fresh = issues.find((i) => (now.get(i.rule) ?? 0) > (was.get(i.rule) ?? 0));
	return fresh
		? refuse({ rule: fresh.rule, path: fresh.path, message: fresh.message })
		: { ok: true, value: after };
}

function seatIndex(design: Design, seatId: string): number | OperationError {
	const index = design.seats.findIndex((s) => s.id === seatId);
	return index >= 0
		? index
		: { rule: 'seat-not-found', path: ['seatId'], message: `seat "${seatId}" does not exist` };
}

function parseSeat(input: unknown): Seat | OperationError {
	const parsed = seatSchema.safeParse(input);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	return {
		rule: 'invalid-seat',
		path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
		message: issue.message
	};
}

/** A copy of the design with the audience ownership mirrored from the seats' audienceIds. */
export function syncOwners<T extends Design>(design: T): T {
	const owner = new Map<string, string>();
	for (const s of design.seats)
		for (const a of s.audienceIds) if (!owner.has(a)) owner.set(a, s.id);
	return {
		...design,
		audiences: design.audiences.map(({ ownerSeatId: _old, ...a }) => {
			const ownerSeatId = owner.get(a.id);
			return ownerSeatId === undefined ? a : { ...a, ownerSeatId };
		})
	};
}

/** Adds a seat; its manager must exist and its id must be new. */
export function addSeat<T extends Design>(design: T, input: SeatInput): Outcome<T> {
	const seat = parseSeat(input);
	if ('rule' in seat) return refuse(seat);
	return settle(design, syncOwners({ ...design, seats: [...design.seats, seat] }));
}

/** Changes a seat's fields (not its id); the result must still keep every rule. */
export function editSeat<T extends Design>(
	design: T,
	seatId: string,
	patch: Partial<SeatInput>
): Outcome<T> {
	const index = seatIndex(design, seatId);
	if (typeof index !== 'number') return refuse(index);
	const seat = parseSeat({ ...design.seats[index], ...patch, id: seatId });
	if ('rule' in seat) return refuse(seat);
	const seats = design.seats.with(index, seat);
	return settle(design, syncOwners({ ...design, seats }));
}

/** Moves a seat (with its reports) under a new manager; refused if that makes a loop. */
export function moveSeat<T extends Design>(
	design: T,
	seatId: string,
	managerId: string | null
): Outcome<T> {
	if (
		managerId !== null &&
		(managerId === seatId || descendantsOf(design, seatId).has(managerId))
	) {
		const title = (id: string) => design.seats.find((s) => s.id === id)?.title ?? id;
		return refuse({
			rule: 'no-cycles',
			path: ['managerId'],
			message:
				managerId === seatId
					? `"${title(seatId)}" cannot report to itself`
					: `"${title(seatId)}" cannot report to "${title(managerId)}", who already reports to it`
		});
	}
	return editSeat(design, seatId, { managerId });
}

/**
 * Removes a seat. Its direct reports move to its manager; dotted lines to it go, and the
 * audiences it owned become unowned. The root can go only when it has exactly one report.
 */
export function removeSeat<T extends Design>(design: T, seatId: string): Outcome<T> {
	const index = seatIndex(design, seatId);
	if (typeof index !== 'number') return refuse(index);
	const seat = design.seats[index]!;
	if (design.seats.length === 1)
		return refuse({
			rule: 'empty-scenario',
			path: ['seats', index],
			message: 'the last seat cannot be removed'
		});
	const reports = design.seats.filter((s) => s.managerId === seatId);
	if (seat.managerId === null && reports.length !== 1)
		return refuse({
			rule: 'one-root',
			path: ['seats', index],
			message: `"${seat.title}" is the top of the chart with ${reports.length} direct reports; move them first so one seat remains on top`
		});
	const seats = design.seats
		.filter((s) => s.id !== seatId)
		.map((s) => (s.managerId === seatId ? { ...s, managerId: seat.managerId } : s));
	const dottedLines = design.dottedLines.filter(
		(l) => l.fromSeatId !== seatId && l.toSeatId !== seatId
	);
	return settle(design, syncOwners({ ...design, seats, dottedLines }));
}

/** Makes a seat the one owner of an audience (or leaves it unowned when seatId is null). */
export function assignAudience<T extends Design>(
	design: T,
	audienceId: string,
	seatId: string | null
): Outcome<T> {
	if (!design.audiences.some((a) => a.id === audienceId))
		return refuse({
			rule: 'audience-not-found',
			path: ['audienceId'],
			message: `audience "${audienceId}" does not exist`
		});
	if (seatId !== null) {
		const index = seatIndex(design, seatId);
		if (typeof index !== 'number') return refuse(index);
	}
	const seats = design.seats.map((s) => {
		const others = s.audienceIds.filter((a) => a !== audienceId);
		return s.id === seatId
			? { ...s, audienceIds: [...others, audienceId] }
			: others.length === s.audienceIds.length
				? s
				: { ...s, audienceIds: others };
	});
	return settle(design, syncOwners({ ...design, seats }));
}

/** Every seat under a seat, at any depth (not the seat itself). */
export function descendantsOf(design: Design, seatId: string): Set<string> {
	const reports = new Map<string, string[]>();
	for (const s of design.seats) {
		if (s.managerId === null) continue;
		const team = reports.get(s.managerId);
		if (team) team.push(s.id);
		else reports.set(s.managerId, [s.id]);
	}
	const found = new Set<string>();
	const stack = [...(reports.get(seatId) ?? [])];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (found.has(id)) continue;
		found.add(id);
		stack.push(...(reports.get(id) ?? []));
	}
	return found;
}
