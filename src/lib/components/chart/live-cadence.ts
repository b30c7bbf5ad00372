import type { Seat } from '$lib/domain/scenario/schema';
import type { Cadence } from './palette';

export interface SeatHealth {
	seatId: string;
	email: string;
	status: Cadence;
}

/** Seats on the chart that could carry a cadence badge: they own audiences and are linked. */
export const linkedOwners = (seats: readonly Seat[]) =>
	seats.filter((s) => s.memberEmail && s.audienceIds.length > 0);

/**
 * The health badges for the seats on this chart: a seat gets its status only when both its id
 * and its linked email match what the server reported for the current scenario.
 */
export function cadenceForSeats(
	seats: readonly Seat[],
	health: readonly SeatHealth[]
): Map<string, Cadence> {
	const reported = new Map(health.map((h) => [`${h.seatId}\n${h.email.toLowerCase()}`, h.status]));
	const out = new Map<string, Cadence>();
	for (const seat of linkedOwners(seats)) {
		const status = reported.get(`${seat.id}\n${seat.memberEmail!.toLowerCase()}`);
		if (status) out.set(seat.id, status);
	}
	return out;
}

/** Asks the server for this week's cadence health; null when it cannot say (signed out, offline). */
export async function fetchSeatHealth(url: string): Promise<SeatHealth[] | null> {
	try {
		const response = await fetch(url, { headers: { accept: 'application/json' } });
		if (!response.ok) return null;
		const body = (await response.json()) as { seats?: SeatHealth[] };
		return Array.isArray(body.seats) ? body.seats : null;
	} catch {
		return null;
	}
}
