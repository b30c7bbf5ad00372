import type { Area } from '../catalogue/schema';

/**
 * The seats a step of a template run (or recurring work: templateId "recurring", the activity
 * as stepId) goes to by the accountability map's overrides, audienceId '' for none; undefined
 * leaves it to the performer rules.
 */
export type AssignedSeats = (
	templateId: string,
	audienceId: string,
	stepId: string
) => readonly string[] | undefined;

/** A resolution with the seats the map assigned by hand, when it did. */
export function assignedOr<T extends { seats: string[]; unresolved?: string }>(
	resolved: T,
	seats: readonly string[] | undefined,
	activityId: string
): T {
	if (!seats) return resolved;
	const out = { ...resolved, seats: [...seats] };
	delete out.unresolved;
	if (seats.length === 0)
		out.unresolved = `nobody is R for ${activityId} in the accountability map`;
	return out;
}

/**
 * A step (or its review gate, `reason` starting "review: ") that no seat can do. Recurring work
 * nobody does has templateId "recurring", the activity as stepId and its `area`.
 */
export interface UnresolvedStep {
	templateId: string;
	audienceId: string;
	stepId: string;
	reason: string;
	area?: Area;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** `candidate` when it is a valid, unused id, else `${prefix}-n` for the first free n. */
export function uniqueId(candidate: string, prefix: string, taken: Set<string>): string {
	let id = candidate;
	for (let n = taken.size + 1; !ID.test(id) || taken.has(id); n++) id = `${prefix}-${n}`;
	taken.add(id);
	return id;
}
