import type { Seat } from '$lib/domain/scenario/schema';

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
const folded = new WeakMap<readonly Seat[], string[]>();

/** Seats whose title or person contains `query` (case- and accent-insensitive), in input order. */
export function findSeats(seats: readonly Seat[], query: string): Seat[] {
	const q = fold(query.trim());
	if (!q) return [];
	let texts = folded.get(seats);
	if (!texts)
		folded.set(seats, (texts = seats.map((s) => fold(`${s.title}\n${s.personName ?? ''}`))));
	return seats.filter((_, i) => texts[i]!.includes(q));
}
