import { matchSeats, refOf, type SeatRef } from '../scenario/diff';
import type { Design } from '../scenario/schema';
import { isAccountable, isResponsible, type AccountabilityMap } from './schema';

/** One accountability: being A (owns the outcome) or R (does the work) for a row. */
export interface Duty {
	kind: 'A' | 'R';
	activityId: string;
	activityName: string;
	audienceId: string | null;
	audienceName: string;
}

/** What one seat (or the person in it) gains and loses between two designs. */
export interface DutyChange {
	/** The seat after the change, or before when it was removed. */
	seat: SeatRef;
	before?: SeatRef;
	gained: Duty[];
	lost: Duty[];
}

export interface AccountabilityDiff {
	changes: DutyChange[];
	totals: { accountableGained: number; accountableLost: number; responsibleMoved: number };
}

function dutiesOf(map: AccountabilityMap): Map<string, Map<string, Duty>> {
	const audiences = new Map(map.audiences.map((a) => [a.id, a.name]));
	const out = new Map<string, Map<string, Duty>>();
	for (const r of map.rows)
		for (const c of r.cells) {
			const kinds = [isAccountable(c.role) ? 'A' : '', isResponsible(c.role) ? 'R' : ''];
			for (const kind of kinds.filter(Boolean) as ('A' | 'R')[]) {
				if (!out.has(c.seatId)) out.set(c.seatId, new Map());
				out.get(c.seatId)!.set(`${kind}:${r.key}`, {
					kind,
					activityId: r.activityId,
					activityName: r.activityName,
					audienceId: r.audienceId,
					audienceName:
						r.audienceId === null ? 'all audiences' : (audiences.get(r.audienceId) ?? r.audienceId)
				});
			}
		}
	return out;
}

const minus = (a: Map<string, Duty> | undefined, b: Map<string, Duty> | undefined) =>
	[...(a ?? new Map<string, Duty>())].filter(([k]) => !b?.has(k)).map(([, d]) => d);

/**
 * Who gains and who loses which accountabilities (A) and responsibilities (R) from `before` to
 * `after`. Seats are recognised across the designs as the scenario diff does (same id, else the
 * same person, else the same title and kind), so a person moved to a new seat is one entry.
 * Entries with no change are left out; A changes sort first.
 */
export function diffAccountability(
	before: { design: Design; map: AccountabilityMap },
	after: { design: Design; map: AccountabilityMap }
): AccountabilityDiff {
	const mine = dutiesOf(before.map);
	const theirs = dutiesOf(after.map);
	const { pairs, added, removed } = matchSeats(before.design.seats, after.design.seats);
	const changes: DutyChange[] = [
		...pairs.map((p) => ({
			seat: p.after,
			before: p.before,
			gained: minus(theirs.get(p.after.id), mine.get(p.before.id)),
			lost: minus(mine.get(p.before.id), theirs.get(p.after.id))
		})),
		...added.map((s) => ({ seat: refOf(s), gained: minus(theirs.get(s.id), undefined), lost: [] })),
		...removed.map((s) => ({ seat: refOf(s), gained: [], lost: minus(mine.get(s.id), undefined) }))
	].filter((c) => c.gained.length + c.lost.length > 0);
	const countA = (ds: Duty[]) => ds.filter((d) => d.kind === 'A').length;
	changes.sort(
		(x, y) =>
			countA(y.gained) + countA(y.lost) - (countA(x.gained) + countA(x.lost)) ||
			x.seat.title.localeCompare(y.seat.title)
	);
	return {
		changes,
		totals: {
			accountableGained: changes.reduce((n, c) => n + countA(c.gained), 0),
			accountableLost: changes.reduce((n, c) => n + countA(c.lost), 0),
			responsibleMoved: changes.reduce((n, c) => n + c.gained.length - countA(c.gained), 0)
		}
	};
}
