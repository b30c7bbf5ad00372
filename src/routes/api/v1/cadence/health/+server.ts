import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { seatHealth } from '$lib/server/store/cadence';
import type { RequestHandler } from './$types';

/**
 * `{ scenarioId, seats: [{ seatId, email, status }] }`: this week's cadence health ('met',
 * 'at-risk', 'missed') of the current scenario's audience-owning seats linked to members, for
 * the org chart badge. Admins and leaders see every seat; others only their own.
 */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	const user = requireUser(locals);
	return json(await seatHealth(user));
});
