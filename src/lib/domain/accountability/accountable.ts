import type { Design, Seat, SeatKind } from '../scenario/schema';

/** What the rules need to know of a row: its activity's craft and scope, its audience, its doers. */
export interface RowFacts {
	craft: string;
	scope: 'audience' | 'cross-audience';
	audienceId: string | null;
	/** Seat ids responsible for the work (from the performer rules). */
	responsible: string[];
}

/** The design indexed for the rules: seats by id, and the audience owner by audience id. */
export class Org {
	readonly byId: Map<string, Seat>;
	readonly owner: Map<string, Seat>;
	constructor(readonly design: Design) {
		this.byId = new Map(design.seats.map((s) => [s.id, s]));
		this.owner = new Map();
		for (const s of design.seats) for (const a of s.audienceIds) this.owner.set(a, s);
	}
	/** The first seat (in chart order) of one of `kinds` holding `craft`. */
	craftLead(craft: string, kinds: readonly SeatKind[]): Seat | undefined {
		return this.design.seats.find((s) => s.craft === craft && kinds.includes(s.kind));
	}
	/** The nearest seat of one of `kinds` at or above `seatId` in the reporting line. */
	nearest(seatId: string, kinds: readonly SeatKind[]): Seat | undefined {
		const seen = new Set<string>();
		for (let s = this.byId.get(seatId); s && !seen.has(s.id); s = this.managerOf(s)) {
			if (kinds.includes(s.kind)) return s;
			seen.add(s.id);
		}
		return undefined;
	}
	managerOf(seat: Seat): Seat | undefined {
		return seat.managerId === null ? undefined : this.byId.get(seat.managerId);
	}
	root(): Seat | undefined {
		return this.design.seats.find((s) => s.managerId === null);
	}
}

/** The one seat every responsible seat leads up to, when they agree. */
function sharedLead(org: Org, row: RowFacts, kinds: readonly SeatKind[]): Seat | undefined {
	const leads = new Set(row.responsible.map((id) => org.nearest(id, kinds)?.id));
	const [only] = leads;
	return leads.size === 1 && only ? org.byId.get(only) : undefined;
}

/** The craft's owner of `kinds`, else the lead the doers report to, else a single doer. */
function byCraft(org: Org, row: RowFacts, kinds: readonly SeatKind[]): Seat | undefined {
	const single = row.responsible.length === 1 ? org.byId.get(row.responsible[0]!) : undefined;
	return org.craftLead(row.craft, kinds) ?? sharedLead(org, row, kinds) ?? single;
}

const audienceOwner = (org: Org, row: RowFacts) =>
	row.audienceId === null ? undefined : org.owner.get(row.audienceId);

const rules: Record<Design['structure'], (org: Org, row: RowFacts) => Seat | undefined> = {
	/** Accountability follows functions: the craft's functional lead. */
	functional: (org, row) => byCraft(org, row, ['functional-lead']),
	/**
	 * The audience's GTM marketer owns its outcome and its audience-specific work; the craft's
	 * custodian owns cross-audience work (the standard).
	 */
	'two-tower': (org, row) =>
		row.scope === 'audience' ? audienceOwner(org, row) : byCraft(org, row, ['craft-custodian']),
	/** The coordinator carries everything; without one, the head of the chart. */
	solo: (org) => org.design.seats.find((s) => s.kind === 'coordinator') ?? org.root(),
	/** The audience's owner when there is one, else the craft's custodian or lead. */
	custom: (org, row) =>
		(row.scope === 'audience' ? audienceOwner(org, row) : undefined) ??
		byCraft(org, row, ['craft-custodian', 'functional-lead'])
};

/**
 * The seat accountable for a row under the design's structure, or undefined when the rules
 * find nobody (e.g. an audience without an owner in a two-tower design): reported by the
 * checks, never guessed.
 */
export const accountableFor = (org: Org, row: RowFacts): Seat | undefined =>
	rules[org.design.structure](org, row);

/**
 * Custodians consulted at the start of work in their craft: in a two-tower design every
 * craft custodian of the row's craft who is not already responsible or accountable.
 */
export function startConsulted(org: Org, row: RowFacts): Seat[] {
	if (org.design.structure !== 'two-tower' || row.scope !== 'audience') return [];
	return org.design.seats.filter((s) => s.kind === 'craft-custodian' && s.craft === row.craft);
}
