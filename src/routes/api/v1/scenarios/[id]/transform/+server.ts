import { json } from '@sveltejs/kit';
import { transformRequestSchema } from '$lib/domain/transformation/schema';
import { endpoint, readJson, SCENARIO_BODY_LIMIT } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as accountability from '$lib/server/store/accountability';
import * as scenarios from '$lib/server/store/scenarios';
import { previewTransform } from '$lib/server/transformation';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';
import type { RequestHandler } from './$types';

/**
 * POST { audiences?, mapping?, commit }: the two-tower draft of a functional scenario, its
 * diffs and savings; saved as a new private draft only when `commit` is true.
 */
export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { commit, ...choices } = await readJson(
		request,
		transformRequestSchema,
		SCENARIO_BODY_LIMIT
	);
	const scenario = await scenarios.get(user, params.id);
	const [library, map] = await Promise.all([
		workspaceSimulationLibrary(),
		accountability.get(user, scenario.id)
	]);
	const preview = previewTransform(scenario, choices, library, map.overrides);
	const saved = commit ? await scenarios.create(user, preview.design) : null;
	return json(
		{
			scenario: saved ?? preview.design,
			saved: saved !== null,
			audiences: preview.audiences,
			mapping: preview.mapping,
			diff: preview.diff,
			savings: preview.savings
		},
		{ status: saved ? 201 : 200 }
	);
});
