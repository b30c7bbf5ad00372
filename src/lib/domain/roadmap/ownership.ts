import { audienceOwner } from '../accountability/checks';
import { isAccountable, type AccountabilityMap } from '../accountability/schema';

/** The lane key of cross-audience work. */
export const CROSS_LANE = 'cross-audience';

/** A lane's key: its audience id, or CROSS_LANE for `audienceId` null. */
export const laneKey = (audienceId: string | null) => audienceId ?? CROSS_LANE;

/** Per lane key, the seats that may own its initiatives. */
export type Ownership = Record<string, string[]>;

/**
 * Who owns each lane in the accountability map: for an audience, its owner (listed, else the one
 * seat accountable for all its rows) and every seat accountable for one of its rows; for the cross-audience lane, every seat accountable for a cross-audience row.
 */
export function laneOwnership(map: AccountabilityMap): Ownership {
	const owns = (rows: AccountabilityMap['rows']) =>
		rows.flatMap((r) => r.cells.filter((c) => isAccountable(c.role)));
	const out: Ownership = {};
	for (const a of map.audiences) {
		const seats = new Set(owns(map.rows.filter((r) => r.audienceId === a.id)).map((c) => c.seatId));
		const owner = audienceOwner(map, a.ownerSeatId, a.id);
		if (owner) seats.add(owner);
		out[a.id] = [...seats];
	}
	const cross = map.rows.filter((r) => r.audienceId === null);
	out[CROSS_LANE] = [
		...new Set(
			cross.flatMap((r) => r.cells.filter((c) => isAccountable(c.role))).map((c) => c.seatId)
		)
	];
	return out;
}
