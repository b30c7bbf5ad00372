import type { DiffHighlight, ScenarioDiff, SeatRef } from '$lib/domain/scenario/diff';
import { seatKindLabels, type Design } from '$lib/domain/scenario/schema';

export const changeTypes = ['added', 'removed', 'moved', 'kind', 'gained', 'lost'] as const;
export type ChangeType = (typeof changeTypes)[number];

export const changeLabels: Record<ChangeType, string> = {
	added: 'Added',
	removed: 'Removed',
	moved: 'Moved',
	kind: 'Kind changed',
	gained: 'Ownership gained',
	lost: 'Ownership lost'
};

/** The colour family of a change type, shared with the chart highlight. */
export const changeTone: Record<ChangeType, DiffHighlight> = {
	added: 'added',
	removed: 'removed',
	moved: 'moved',
	kind: 'changed',
	gained: 'changed',
	lost: 'changed'
};

/** One line of the diff table: what changed for which seat, in words. */
export interface DiffRow {
	key: string;
	type: ChangeType;
	seat: SeatRef;
	/** The seat's title in the before design when it differs (a person moved to a new seat). */
	formerTitle?: string;
	detail: string;
}

const named = (seat: SeatRef | null) =>
	seat === null
		? 'nobody (top of the chart)'
		: `${seat.title}${seat.personName ? ` (${seat.personName})` : ''}`;

function placement(design: Design, id: string, verb: string): string {
	const seat = design.seats.find((s) => s.id === id);
	if (!seat) return '';
	const manager = design.seats.find((s) => s.id === seat.managerId);
	const kind = seatKindLabels[seat.kind] + (seat.open ? ', open seat' : '');
	return manager ? `${kind}; ${verb} ${named(manager)}` : kind;
}

/** Every change of a diff as table rows, grouped by type in the order of changeTypes. */
export function diffRows(diff: ScenarioDiff, before: Design, after: Design): DiffRow[] {
	const formerTitle = new Map(
		diff.matched
			.filter((p) => p.before.title !== p.after.title)
			.map((p) => [p.after.id, p.before.title])
	);
	const row = (type: ChangeType, seat: SeatRef, detail: string, extra = ''): DiffRow => {
		const former = formerTitle.get(seat.id);
		const base = { key: `${type}:${seat.id}:${extra}`, type, seat, detail };
		return former === undefined || type === 'removed' ? base : { ...base, formerTitle: former };
	};
	return [
		...diff.added.map((s) => row('added', s, placement(after, s.id, 'reports to'))),
		...diff.removed.map((s) => row('removed', s, placement(before, s.id, 'reported to'))),
		...diff.moved.map((m) =>
			row('moved', m.seat, `From ${named(m.fromManager)} to ${named(m.toManager)}`)
		),
		...diff.kindChanged.map((k) =>
			row('kind', k.seat, `${seatKindLabels[k.from]} → ${seatKindLabels[k.to]}`)
		),
		...diff.ownershipGained.map((o) =>
			row('gained', o.seat, `Now owns ${o.audience.name}`, o.audience.id)
		),
		...diff.ownershipLost.map((o) =>
			row('lost', o.seat, `No longer owns ${o.audience.name}`, o.audience.id)
		)
	];
}
