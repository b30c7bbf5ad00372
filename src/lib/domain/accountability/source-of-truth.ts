import type { Issue } from '../shared/issues';
import {
	infoTypeLabels,
	infoTypes,
	type InfoType,
	type SourceEntry,
	type SourceOfTruth
} from './schema';

/** How one type of information is kept: one owned place is the goal. */
export type SourceStatus = 'ok' | 'duplicated' | 'unowned' | 'missing';

export interface SourceRow {
	infoType: InfoType;
	label: string;
	places: string[];
	/** Owner seat ids that exist in the scenario. */
	ownerSeatIds: string[];
	status: SourceStatus;
	/** Empty when ok; otherwise what is wrong, naming places and seats. */
	message: string;
}

const norm = (place: string) => place.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

function rowOf(infoType: InfoType, entries: SourceEntry[], seats: Set<string>): SourceRow {
	const label = infoTypeLabels[infoType];
	const places = [...new Map(entries.map((e) => [norm(e.place), e.place.trim()])).values()];
	const ownerSeatIds = [...new Set(entries.flatMap((e) => e.ownerSeatId ?? []))].filter((id) =>
		seats.has(id)
	);
	const base = { infoType, label, places, ownerSeatIds };
	if (places.length === 0)
		return { ...base, status: 'missing', message: `${label}: no source of truth is recorded` };
	if (places.length > 1)
		return {
			...base,
			status: 'duplicated',
			message: `${label} is held in ${places.length} places (${places.join(', ')}); nobody can trust either`
		};
	const gone = entries.flatMap((e) =>
		e.ownerSeatId && !seats.has(e.ownerSeatId) ? [e.ownerSeatId] : []
	);
	if (ownerSeatIds.length === 0)
		return {
			...base,
			status: 'unowned',
			message:
				gone.length > 0
					? `${label} in ${places[0]}: its owner seat "${gone[0]}" is not in this scenario`
					: `${label} in ${places[0]} has no owner`
		};
	return { ...base, status: 'ok', message: '' };
}

/**
 * One row per information type of seed 001's stack layers: where it lives and who owns it.
 * Two places for one type, a type with no owner seat in the scenario, or a type with no
 * place at all is flagged.
 */
export function checkSourceOfTruth(sot: SourceOfTruth, seatIds: Iterable<string>): SourceRow[] {
	const seats = new Set(seatIds);
	return infoTypes.map((t) =>
		rowOf(
			t,
			sot.entries.filter((e) => e.infoType === t),
			seats
		)
	);
}

/** Reasons to refuse saving a source-of-truth map: an owner seat the scenario does not have. */
export function sourceOfTruthIssues(sot: SourceOfTruth, seatIds: Iterable<string>): Issue[] {
	const seats = new Set(seatIds);
	return sot.entries.flatMap((e, i) =>
		e.ownerSeatId && !seats.has(e.ownerSeatId)
			? [
					{
						path: `entries[${i}].ownerSeatId`,
						message: `no seat "${e.ownerSeatId}" in this scenario (expected one of its seat ids)`
					}
				]
			: []
	);
}
