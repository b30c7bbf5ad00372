import { json } from '@sveltejs/kit';
import { updateScenarioSchema } from '$lib/domain/scenario/requests';
import { designOf } from '$lib/domain/scenario/schema';
import { endpoint, readJson, SCENARIO_BODY_LIMIT } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json(await scenarios.get(requireUser(locals), params.id));
});

export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, updateScenarioSchema, SCENARIO_BODY_LIMIT);
	return json(await scenarios.update(user, params.id, designOf(body), body.version));
});

export const DELETE: RequestHandler = endpoint(async ({ locals, params }) => {
	await scenarios.remove(requireUser(locals), params.id);
	return new Response(null, { status: 204 });
});
