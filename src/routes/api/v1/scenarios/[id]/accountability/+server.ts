import { json } from '@sveltejs/kit';
import { overridesUpdateSchema } from '$lib/domain/accountability/schema';
import { saveOverrides, storedReport } from '$lib/server/accountability';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

/** Room for the schema's 10,000 overrides of about 120 bytes each. */
const BODY_LIMIT = 2 * 1024 * 1024;

/**
 * GET: `{ matrix, checks: [{ id, ok, rows }], health: [{ pattern, score, explanation, evidence }],
 * overrides, version }` for a scenario the user can see; the matrix has the stored overrides
 * applied and marked.
 */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await storedReport(user, await scenarios.get(user, params.id)));
});

/**
 * PUT `{ overrides, version }`: replaces the scenario's overrides if `version` is the one read
 * (409 otherwise); 400 names each bad override and its row, 403 a row the user may not change.
 * Answers like GET, with the new version.
 */
export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, overridesUpdateSchema, BODY_LIMIT);
	return json(await saveOverrides(user, params.id, body.overrides, body.version));
});
