import type { Design, Seat } from './schema';

/**
 * How one design differs from another, small enough to keep many of (an undo step of a
 * 10,000-seat design is a few seats, not the whole design).
 */
export interface DesignDelta {
	/** Fields other than seats whose value differs, with the new value. */
	fields: Partial<Omit<Design, 'seats'>>;
	/** Optional fields the new design leaves out. */
	absent: (keyof Design)[];
	/** Seats that are new or changed, as the new design has them. */
	seats: Seat[];
	/** Seat ids in the new design's order, only when the ids or their order changed. */
	order?: string[];
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What turns `from` into `to`. Unchanged seats are found by identity first, then by value. */
export function designDelta(from: Design, to: Design): DesignDelta {
	const delta: DesignDelta = { fields: {}, absent: [], seats: [] };
	const keys = new Set([...Object.keys(from), ...Object.keys(to)] as (keyof Design)[]);
	for (const key of keys) {
		if (key === 'seats' || same(from[key], to[key])) continue;
		if (to[key] === undefined) delta.absent.push(key);
		else Object.assign(delta.fields, { [key]: to[key] });
	}
	const before = new Map(from.seats.map((s) => [s.id, s]));
	for (const seat of to.seats) {
		const old = before.get(seat.id);
		if (!old || !same(old, seat)) delta.seats.push(seat);
	}
	const reordered =
		from.seats.length !== to.seats.length || to.seats.some((s, i) => from.seats[i]!.id !== s.id);
	if (reordered) delta.order = to.seats.map((s) => s.id);
	return delta;
}

/**
 * The design `delta` describes, starting from `from` (the design it was taken against); seats
 * it does not name are `from`'s own objects.
 */
export function applyDelta(from: Design, delta: DesignDelta): Design {
	const changed = new Map(delta.seats.map((s) => [s.id, s]));
	const before = new Map(from.seats.map((s) => [s.id, s]));
	const ids = delta.order ?? from.seats.map((s) => s.id);
	const seats = ids.map((id) => changed.get(id) ?? before.get(id)!);
	// Assigned over a copy, so the fields keep their order.
	const next: Design = Object.assign({ ...from }, delta.fields, { seats });
	for (const key of delta.absent) delete next[key];
	return next;
}
