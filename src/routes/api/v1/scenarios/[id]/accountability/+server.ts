import { json } from '@sveltejs/kit';
import { reportFor } from '$lib/server/accountability';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';
import type { RequestHandler } from './$types';

/**
 * GET: `{ matrix, checks: [{ id, ok, rows }], health: [{ pattern, score, explanation, evidence }] }`
 * for a scenario the user can see. Overrides are not stored yet (they wait for the store's
 * repository layer), so the map is the generated one.
 */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const scenario = await scenarios.get(requireUser(locals), params.id);
	const report = reportFor(scenario, await workspaceSimulationLibrary(), []);
	return json({ ...report, overrides: [], version: 0 });
});
