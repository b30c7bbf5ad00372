import type { Design, Seat, SeatKind } from './schema';

/** A seat as the diff names it: enough to show it without the design at hand. */
export interface SeatRef {
	id: string;
	title: string;
	personName?: string;
}

/** A seat kept in both designs, and the rule that recognised it (see matchSeats). */
export interface SeatPair {
	before: SeatRef;
	after: SeatRef;
	matchedBy: 'id' | 'person' | 'title-kind';
}

/** A figure before and after; delta = after − before. */
export interface Total {
	before: number;
	after: number;
	delta: number;
}

export interface AudienceRef {
	id: string;
	name: string;
}

export interface OwnershipChange {
	seat: SeatRef;
	audience: AudienceRef;
}

/**
 * What changes from one design to another. Seats kept in both are named by their `after` ref;
 * `matched` lists every kept seat with its ref on both sides and how it was recognised.
 */
export interface ScenarioDiff {
	added: SeatRef[];
	removed: SeatRef[];
	/** Kept seats whose manager is a different seat (managers compared through the matching). */
	moved: { seat: SeatRef; fromManager: SeatRef | null; toManager: SeatRef | null }[];
	kindChanged: { seat: SeatRef; from: SeatKind; to: SeatKind }[];
	/** Audiences a seat owns after but not before; an added seat gains everything it owns. */
	ownershipGained: OwnershipChange[];
	/** Audiences a seat owned before but not after; a removed seat loses everything it owned. */
	ownershipLost: OwnershipChange[];
	matched: SeatPair[];
	totals: {
		/** Seats with a person or agency in them (not open), a count. */
		headcount: Total;
		/** Open seats (planned hires), a count. */
		openSeats: Total;
		/** Full-time equivalents of every seat, open ones included, to 2 decimals. */
		fte: Total;
		/** Fully loaded annual cost of every seat in the workspace currency; a missing cost is 0. */
		annualCost: Total;
	};
}

export type DiffHighlight = 'added' | 'removed' | 'moved' | 'changed';

export const refOf = (seat: Seat): SeatRef =>
	seat.personName === undefined
		? { id: seat.id, title: seat.title }
		: { id: seat.id, title: seat.title, personName: seat.personName };

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Pairs the seats whose key occurs exactly once on each side; seats without a key are skipped. */
function pairUnique(before: Seat[], after: Seat[], key: (s: Seat) => string | undefined) {
	const once = (seats: Seat[]) => {
		const byKey = new Map<string, Seat | null>();
		for (const seat of seats) {
			const k = key(seat);
			if (k !== undefined) byKey.set(k, byKey.has(k) ? null : seat);
		}
		return byKey;
	};
	const theirs = once(after);
	return [...once(before)].flatMap(([k, mine]) => {
		const other = theirs.get(k);
		return mine && other ? [[mine, other] as const] : [];
	});
}

const steps: [SeatPair['matchedBy'], (s: Seat) => string | undefined][] = [
	['id', (s) => s.id],
	['person', (s) => (s.personName === undefined ? undefined : norm(s.personName))],
	['title-kind', (s) => `${norm(s.title)}\n${s.kind}`]
];

/**
 * Recognises the same seat in two designs, in three passes over the seats not yet matched:
 * the same id; else the same person (name compared ignoring case and spacing) when that name
 * occurs exactly once on each side; else the same title (likewise) and kind, exactly once each.
 * What is left is removed (before) or added (after). Pairs come in the after design's order.
 */
export function matchSeats(before: Seat[], after: Seat[]) {
	const pairs: SeatPair[] = [];
	let removed = before;
	let added = after;
	for (const [matchedBy, key] of steps) {
		const found = pairUnique(removed, added, key);
		const used = new Set(found.flat());
		pairs.push(...found.map(([b, a]) => ({ before: refOf(b), after: refOf(a), matchedBy })));
		removed = removed.filter((s) => !used.has(s));
		added = added.filter((s) => !used.has(s));
	}
	const rank = new Map(after.map((s, i) => [s.id, i]));
	pairs.sort((x, y) => rank.get(x.after.id)! - rank.get(y.after.id)!);
	return { pairs, added, removed };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const total = (before: number, after: number): Total => ({
	before,
	after,
	delta: round2(after - before)
});
const sum = (seats: Seat[], of: (s: Seat) => number) => seats.reduce((n, s) => n + of(s), 0);

function totalsOf(before: Design, after: Design): ScenarioDiff['totals'] {
	const figure = (of: (seats: Seat[]) => number) => total(of(before.seats), of(after.seats));
	return {
		headcount: figure((seats) => seats.filter((s) => !s.open).length),
		openSeats: figure((seats) => seats.filter((s) => s.open).length),
		fte: figure((seats) => round2(sum(seats, (s) => s.fte))),
		annualCost: figure((seats) => round2(sum(seats, (s) => s.annualCost ?? 0)))
	};
}

function ownership(seat: Seat, mine: string[], theirs: string[], audiences: Design['audiences']) {
	const name = new Map(audiences.map((a) => [a.id, a.name]));
	return mine
		.filter((id) => !theirs.includes(id))
		.map((id) => ({ seat: refOf(seat), audience: { id, name: name.get(id) ?? id } }));
}

/**
 * The changes from `before` to `after`: seats added, removed, moved to a new manager or given a
 * new kind, audience ownership gained or lost, and the headline totals. Seats are matched as
 * described in matchSeats (id, then a unique person, then a unique title and kind).
 */
export function diffDesigns(before: Design, after: Design): ScenarioDiff {
	const { pairs, added, removed } = matchSeats(before.seats, after.seats);
	const beforeById = new Map(before.seats.map((s) => [s.id, s]));
	const afterById = new Map(after.seats.map((s) => [s.id, s]));
	const afterIdOf = new Map(pairs.map((p) => [p.before.id, p.after.id]));
	const managerRef = (seats: Map<string, Seat>, id: string | null) => {
		const manager = id === null ? undefined : seats.get(id);
		return manager ? refOf(manager) : null;
	};
	const diff: ScenarioDiff = {
		added: added.map(refOf),
		removed: removed.map(refOf),
		moved: [],
		kindChanged: [],
		ownershipGained: added.flatMap((s) => ownership(s, s.audienceIds, [], after.audiences)),
		ownershipLost: removed.flatMap((s) => ownership(s, s.audienceIds, [], before.audiences)),
		matched: pairs,
		totals: totalsOf(before, after)
	};
	for (const pair of pairs) {
		const was = beforeById.get(pair.before.id)!;
		const now = afterById.get(pair.after.id)!;
		const seat = refOf(now);
		// The old manager as a seat of the after design; undefined when it was removed.
		const formerManager = was.managerId === null ? null : afterIdOf.get(was.managerId);
		if (formerManager !== now.managerId)
			diff.moved.push({
				seat,
				fromManager: managerRef(beforeById, was.managerId),
				toManager: managerRef(afterById, now.managerId)
			});
		if (was.kind !== now.kind) diff.kindChanged.push({ seat, from: was.kind, to: now.kind });
		diff.ownershipGained.push(...ownership(now, now.audienceIds, was.audienceIds, after.audiences));
		diff.ownershipLost.push(...ownership(now, was.audienceIds, now.audienceIds, before.audiences));
	}
	return diff;
}

/**
 * Which seats of one side to highlight on its chart, by seat id of that side. A seat gets one
 * mark: added (after) or removed (before) first, then moved, then changed (kind or ownership).
 */
export function highlightFor(
	diff: ScenarioDiff,
	side: 'before' | 'after'
): Map<string, DiffHighlight> {
	const beforeIdOf = new Map(diff.matched.map((p) => [p.after.id, p.before.id]));
	const idOn = (ref: SeatRef) => (side === 'after' ? ref.id : (beforeIdOf.get(ref.id) ?? ref.id));
	const otherSide = new Set((side === 'after' ? diff.removed : diff.added).map((r) => r.id));
	const marks = new Map<string, DiffHighlight>();
	const mark = (refs: SeatRef[], as: DiffHighlight) => {
		for (const ref of refs)
			if (!otherSide.has(ref.id) && !marks.has(idOn(ref))) marks.set(idOn(ref), as);
	};
	if (side === 'after') mark(diff.added, 'added');
	else mark(diff.removed, 'removed');
	mark(
		diff.moved.map((m) => m.seat),
		'moved'
	);
	const owners = [...diff.ownershipGained, ...diff.ownershipLost].map((o) => o.seat);
	mark([...diff.kindChanged.map((k) => k.seat), ...owners], 'changed');
	return marks;
}
