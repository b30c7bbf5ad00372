import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { sourceEntrySchema } from '$lib/domain/accountability/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { sourceOfTruthView } from '$lib/server/source-of-truth';
import * as sourceOfTruth from '$lib/server/store/source-of-truth';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

/** `{ entries, version, rows }`: the map and, per information type, its places, owners and flag. */
export const GET: RequestHandler = endpoint(async ({ locals }) =>
	json(await sourceOfTruthView(requireUser(locals)))
);

const putSchema = z.strictObject({
	entries: z.array(sourceEntrySchema).max(200),
	version: z.number().int().min(1)
});

/**
 * PUT `{ entries, version }` (admins): replaces the map if `version` is current (409 otherwise);
 * an owner seat the current scenario lacks is a 400 naming `entries[i].ownerSeatId`.
 */
export const PUT: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, putSchema);
	const current = await scenarios.current(user);
	const seatIds = current?.seats.map((s) => s.id) ?? [];
	await sourceOfTruth.replace(user, body.entries, body.version, seatIds);
	return json(await sourceOfTruthView(user));
});
