import type { Audience, Design, Seat } from '../scenario/schema';
import type { Placement } from './schema';

/** The audiences the wizard proposes to organise around: every audience of the scenario. */
export const suggestAudiences = (design: Design): string[] => design.audiences.map((a) => a.id);

/** How well a craft prepares someone to own an audience end to end (0 = not a candidate). */
const audienceCrafts: Record<string, number> = {
	'product-marketing': 3,
	'demand-generation': 3,
	'field-events': 2,
	content: 2,
	communications: 1,
	social: 1
};
/** Titles of execution or support roles, who stay on the bench by default. */
const benchTitle = /\b(analyst|coordinator|admin|administrator|developer|designer|engineer)\b/i;

const words = (text: string) =>
	new Set(
		text
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 2)
	);

/** Share of the audience's products (or name) whose distinctive words the seat's title names. */
function fit(seat: Seat, audience: Audience): number {
	const title = words(seat.title);
	const names = audience.products.length > 0 ? audience.products : [audience.name];
	const hits = names.filter((p) => [...words(p)].some((w) => title.has(w) && !isCommon(w, names)));
	return hits.length / names.length;
}

/** A word every product shares (the company's name) tells products apart from nothing. */
const isCommon = (word: string, names: string[]) =>
	names.length > 1 && names.every((n) => words(n).has(word));

/** The person to own each audience: best title fit, then craft, then chart order; one each. */
function pickMarketers(design: Design, audiences: Audience[], taken: Set<string>) {
	const candidates = design.seats.filter(
		(s) =>
			!taken.has(s.id) &&
			!s.open &&
			(s.kind === 'specialist' || s.kind === 'gtm-marketer') &&
			(audienceCrafts[s.craft ?? ''] ?? 0) > 0 &&
			!benchTitle.test(s.title)
	);
	const order = new Map(design.seats.map((s, i) => [s.id, i]));
	const pairs = audiences.flatMap((a, ai) =>
		candidates.map((s) => ({ a, s, ai, score: fit(s, a) * 10 + audienceCrafts[s.craft!]! }))
	);
	pairs.sort((x, y) => y.score - x.score || x.ai - y.ai || order.get(x.s.id)! - order.get(y.s.id)!);
	const out = new Map<string, string>();
	const used = new Set<string>();
	for (const { a, s } of pairs)
		if (!out.has(a.id) && !used.has(s.id)) {
			out.set(a.id, s.id);
			used.add(s.id);
		}
	return out;
}

/**
 * A placement for every seat of a functional design, from current roles: the top seat stays
 * CMO; an existing Head of GTM, else the demand-generation lead, becomes Head of GTM; other
 * functional leads become custodians of their craft; for each chosen audience the best-fitting
 * marketer (their title names the audience's products, then their craft) becomes its GTM
 * marketer; everyone else, open seats included, joins the specialist bench. Nobody is dropped.
 */
export function suggestMapping(design: Design, audienceIds: readonly string[]): Placement[] {
	const root = design.seats.find((s) => s.managerId === null);
	const head =
		design.seats.find((s) => s.kind === 'head-of-gtm') ??
		design.seats.find((s) => s.kind === 'functional-lead' && s.craft === 'demand-generation');
	const taken = new Set([root?.id, head?.id].filter((id): id is string => id !== undefined));
	const chosen = audienceIds.flatMap((id) => design.audiences.find((a) => a.id === id) ?? []);
	const marketers = pickMarketers(design, chosen, taken);
	const audienceOf = new Map([...marketers].map(([a, s]) => [s, a]));
	return design.seats.map((s): Placement => {
		if (s.id === root?.id) return { seatId: s.id, to: 'cmo' };
		if (s.id === head?.id) return { seatId: s.id, to: 'head-of-gtm' };
		const audienceId = audienceOf.get(s.id);
		if (audienceId) return { seatId: s.id, to: 'gtm-marketer', audienceId };
		if ((s.kind === 'functional-lead' || s.kind === 'craft-custodian') && s.craft)
			return { seatId: s.id, to: 'craft-custodian', craft: s.craft };
		return { seatId: s.id, to: 'specialist' };
	});
}
