import type { Actor } from '$lib/domain/access/schema';
import { checkSourceOfTruth } from '$lib/domain/accountability/source-of-truth';
import * as scenarios from './store/scenarios';
import * as sourceOfTruth from './store/source-of-truth';

/**
 * The workspace's source-of-truth map with, per information type, its places, owner seats and
 * flag (duplicated, unowned, missing), owners checked against the current scenario's seats.
 */
export async function sourceOfTruthView(user: Actor) {
	const [record, current] = await Promise.all([sourceOfTruth.get(), scenarios.current(user)]);
	const seats = current?.seats ?? [];
	return {
		entries: record.entries,
		version: record.version,
		rows: checkSourceOfTruth(
			{ entries: record.entries },
			seats.map((s) => s.id)
		),
		seats: seats.map((s) => ({ id: s.id, title: s.title, personName: s.personName ?? null })),
		scenario: current ? { id: current.id, name: current.name } : null
	};
}
