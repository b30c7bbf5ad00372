import { refuse, settle, syncOwners, type Outcome } from './operations';
import { audienceSchema, type Audience, type Design, type Seat } from './schema';

/** A free id for a new seat or audience, from a readable base such as a title. */
export function freeId(taken: Iterable<string>, base: string): string {
	const used = new Set(taken);
	const stem =
		base
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'item';
	if (!used.has(stem)) return stem;
	for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

type AudienceFields = Partial<Pick<Audience, 'name' | 'segment' | 'products' | 'regions'>>;

function parseAudience(
	input: unknown
): Audience | { rule: 'invalid-audience'; path: (string | number)[]; message: string } {
	const parsed = audienceSchema.safeParse(input);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0]!;
	return {
		rule: 'invalid-audience',
		path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
		message: issue.message
	};
}

/** Adds an unowned audience named `fields.name`; its id is derived from the name. */
export function addAudience<T extends Design>(
	design: T,
	fields: AudienceFields & { name: string }
): Outcome<T> {
	const id = freeId(
		design.audiences.map((a) => a.id),
		fields.name
	);
	const audience = parseAudience({ ...fields, id });
	if ('rule' in audience) return refuse(audience);
	return settle(design, { ...design, audiences: [...design.audiences, audience] });
}

/** Changes an audience's name, segment, products or regions (not its id or owner). */
export function editAudience<T extends Design>(
	design: T,
	audienceId: string,
	fields: AudienceFields
): Outcome<T> {
	const index = design.audiences.findIndex((a) => a.id === audienceId);
	if (index < 0)
		return refuse({
			rule: 'audience-not-found',
			path: ['audienceId'],
			message: `audience "${audienceId}" does not exist`
		});
	const audience = parseAudience({ ...design.audiences[index], ...fields, id: audienceId });
	if ('rule' in audience) return refuse(audience);
	return settle(design, { ...design, audiences: design.audiences.with(index, audience) });
}

/** Removes an audience and takes it off its owner's list. */
export function removeAudience<T extends Design>(design: T, audienceId: string): Outcome<T> {
	if (!design.audiences.some((a) => a.id === audienceId))
		return refuse({
			rule: 'audience-not-found',
			path: ['audienceId'],
			message: `audience "${audienceId}" does not exist`
		});
	const seats = design.seats.map((s) =>
		s.audienceIds.includes(audienceId)
			? { ...s, audienceIds: s.audienceIds.filter((a) => a !== audienceId) }
			: s
	);
	return settle(
		design,
		syncOwners({ ...design, seats, audiences: design.audiences.filter((a) => a.id !== audienceId) })
	);
}

/**
 * How many audiences one owner can carry before it is flagged: one in a two-tower design (the
 * model gives each GTM marketer a single audience), three otherwise. An assumption; see models/README.md.
 */
export const ownerLimit = (design: Pick<Design, 'structure'>) =>
	design.structure === 'two-tower' ? 1 : 3;

/** Audiences nobody owns, and owners holding more audiences than `ownerLimit`. */
export function audienceHealth(design: Design): {
	unowned: Audience[];
	overloaded: { seat: Seat; audiences: Audience[] }[];
} {
	const byId = new Map(design.audiences.map((a) => [a.id, a]));
	const owned = new Set(design.seats.flatMap((s) => s.audienceIds));
	const limit = ownerLimit(design);
	return {
		unowned: design.audiences.filter((a) => !owned.has(a.id)),
		overloaded: design.seats
			.filter((s) => s.audienceIds.length > limit)
			.map((seat) => ({ seat, audiences: seat.audienceIds.flatMap((id) => byId.get(id) ?? []) }))
	};
}
