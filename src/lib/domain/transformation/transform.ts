import { freeId } from '../scenario/audiences';
import { checkDesign, errorsOf } from '../scenario/rules';
import { designSchema, type Design, type Seat } from '../scenario/schema';
import { formatPath, type Issue } from '../shared/issues';
import { audienceIssues, mappingIssues } from './placements';
import type { Placement, TransformChoices } from './schema';
import { suggestAudiences, suggestMapping } from './suggest';

export type TransformOutcome =
	| { ok: true; design: Design; audiences: string[]; mapping: Placement[] }
	| { ok: false; issues: Issue[] };

const craftLabel = (craft: string) => {
	const words = craft.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
};

type Draft = Omit<Seat, 'craft'> & { craft?: string };

/** Re-seats one person by their placement; managers are filled in afterwards. */
function reseat(seat: Seat, p: Placement, audienceName: (id: string) => string): Draft {
	const base: Draft = { ...seat, audienceIds: [] };
	delete base.craft;
	switch (p.to) {
		case 'cmo':
			return { ...seat, audienceIds: [], kind: 'cmo', managerId: null };
		case 'head-of-gtm':
			return { ...base, kind: 'head-of-gtm', title: 'Head of GTM' };
		case 'gtm-marketer':
			return {
				...base,
				kind: 'gtm-marketer',
				title: `GTM marketer, ${audienceName(p.audienceId!)}`,
				audienceIds: [p.audienceId!]
			};
		case 'craft-custodian': {
			const craft = p.craft ?? seat.craft!;
			return { ...base, kind: 'craft-custodian', craft, title: `${craftLabel(craft)} custodian` };
		}
		default:
			return {
				...seat,
				audienceIds: [],
				kind: seat.kind === 'fractional' || seat.kind === 'agency' ? seat.kind : 'specialist'
			};
	}
}

/** An open seat for a role nobody was placed in (a hire the draft proposes). */
const openSeat = (
	id: string,
	title: string,
	kind: Seat['kind'],
	like: Seat,
	audienceIds: string[] = []
): Draft => ({
	id,
	title,
	kind,
	open: true,
	managerId: null,
	fte: 1,
	hoursPerWeek: like.hoursPerWeek,
	focusFactor: like.focusFactor,
	aiLevel: like.aiLevel,
	audienceIds
});

/**
 * Turns a functional design into a two-tower draft. `choices` left out take the wizard's
 * suggestions (suggest.ts); a given mapping must place every seat once. The draft keeps every
 * placed person in exactly one seat (same ids, hours, cost and AI level): the CMO on top, the
 * Head of GTM and one GTM marketer per chosen audience (an open seat where nobody was placed),
 * custodians beside them with a "standards" dotted line to each marketer, and the specialist
 * bench under the custodian of their craft, else under whoever their old manager became, else
 * under the Head of GTM. Audiences not chosen are left out of the draft.
 */
export function transformToTwoTower(
	design: Design,
	choices: TransformChoices = {}
): TransformOutcome {
	if (design.structure !== 'functional' && design.structure !== 'custom')
		return {
			ok: false,
			issues: [
				{
					path: 'structure',
					message: `the wizard turns a functional scenario into two towers; this one is ${design.structure}`
				}
			]
		};
	const audiences = choices.audiences ?? suggestAudiences(design);
	const chosenIssues = audienceIssues(design, audiences);
	if (chosenIssues.length > 0) return { ok: false, issues: chosenIssues };
	const mapping = choices.mapping ?? suggestMapping(design, audiences);
	const issues = mappingIssues(design, audiences, mapping);
	if (issues.length > 0) return { ok: false, issues };
	const built = build(design, audiences, mapping);
	const parsed = designSchema.safeParse(built);
	const errors = parsed.success ? errorsOf(checkDesign(parsed.data)) : [];
	if (!parsed.success || errors.length > 0)
		return {
			ok: false,
			issues: (parsed.success ? errors : parsed.error.issues).map((e) => ({
				path: `draft.${formatPath(e.path)}`,
				message: e.message
			}))
		};
	return { ok: true, design: parsed.data, audiences, mapping };
}

function build(design: Design, audienceIds: string[], mapping: Placement[]): Design {
	const byId = new Map(design.seats.map((s) => [s.id, s]));
	const chosen = design.audiences.filter((a) => audienceIds.includes(a.id));
	const name = (id: string) => chosen.find((a) => a.id === id)?.name ?? id;
	const place = new Map(mapping.map((p) => [p.seatId, p]));
	const kept = design.seats.filter((s) => place.get(s.id)!.to !== 'leave');
	const seats = kept.map((s) => reseat(s, place.get(s.id)!, name));
	const taken = new Set(design.seats.map((s) => s.id));
	const cmo = seats.find((s) => s.kind === 'cmo')!;
	let head = seats.find((s) => s.kind === 'head-of-gtm');
	if (!head) {
		head = openSeat(freeId(taken, 'head-of-gtm'), 'Head of GTM', 'head-of-gtm', byId.get(cmo.id)!);
		taken.add(head.id);
		seats.push(head);
	}
	const marketerLike = seats.find((s) => s.kind === 'gtm-marketer') ?? head;
	for (const a of chosen)
		if (!seats.some((s) => s.audienceIds.includes(a.id))) {
			const id = freeId(taken, `gtm-${a.id}`);
			taken.add(id);
			seats.push(
				openSeat(id, `GTM marketer, ${a.name}`, 'gtm-marketer', marketerLike as Seat, [a.id])
			);
		}
	const custodians = seats.filter((s) => s.kind === 'craft-custodian');
	const newPlace = new Map(seats.map((s) => [s.id, s]));
	/** Where the old manager chain now sits, if it became a custodian, the head or the CMO. */
	const leaderAbove = (s: Seat): string | undefined => {
		for (let m = s.managerId; m !== null; m = byId.get(m)?.managerId ?? null) {
			const now = newPlace.get(m);
			if (now && ['craft-custodian', 'head-of-gtm', 'cmo'].includes(now.kind)) return now.id;
		}
		return undefined;
	};
	const managed = seats.map((s): Draft => {
		if (s.kind === 'cmo') return s;
		if (s.kind === 'head-of-gtm' || s.kind === 'craft-custodian')
			return { ...s, managerId: cmo.id };
		if (s.kind === 'gtm-marketer') return { ...s, managerId: head.id };
		const own = custodians.find((c) => c.craft === s.craft);
		const old = byId.get(s.id);
		return { ...s, managerId: own?.id ?? (old && leaderAbove(old)) ?? head.id };
	});
	const marketers = managed.filter((s) => s.kind === 'gtm-marketer');
	const keptIds = new Set(managed.map((s) => s.id));
	return {
		name: `${design.name} in two towers`.slice(0, 120),
		description:
			`A two-tower draft made from “${design.name}” by the transformation wizard: the same people, organised around ${chosen.length} audiences.`.slice(
				0,
				2000
			),
		structure: 'two-tower',
		seats: managed as Seat[],
		audiences: chosen.map((a) => {
			const owner = marketers.find((m) => m.audienceIds.includes(a.id));
			return { ...a, ...(owner ? { ownerSeatId: owner.id } : {}) };
		}),
		dottedLines: [
			...design.dottedLines.filter((l) => keptIds.has(l.fromSeatId) && keptIds.has(l.toSeatId)),
			...custodians.flatMap((c) =>
				marketers.map((m) => ({ fromSeatId: c.id, toSeatId: m.id, label: 'standards' }))
			)
		]
	};
}
