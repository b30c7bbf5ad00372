import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { fromStarterSchema, importScenarioSchema } from '$lib/domain/scenario/requests';
import { designOf, type Design } from '$lib/domain/scenario/schema';
import { endpoint, readJson, SCENARIO_BODY_LIMIT, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { notFound } from '$lib/server/errors';
import { getStarter } from '$lib/server/models';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals }) => {
	const user = requireUser(locals);
	return json({ scenarios: await scenarios.list(user) });
});

/** `{ from, name? }` copies a starter model; `{ scenario }` imports a whole design. */
function designFrom(body: Record<string, unknown>): Design {
	if (!('from' in body)) return designOf(validate(importScenarioSchema, body).scenario);
	const { from, name } = validate(fromStarterSchema, body);
	const starter = getStarter(from);
	if (!starter) throw notFound(`Starter model "${from}"`);
	return { ...starter.design, name: name ?? starter.design.name };
}

export const POST: RequestHandler = endpoint(async ({ request, locals }) => {
	const user = requireUser(locals);
	const body = await readJson(
		request,
		z.record(z.string(), z.unknown(), { error: 'expected a JSON object' }),
		SCENARIO_BODY_LIMIT
	);
	return json(await scenarios.create(user, designFrom(body)), { status: 201 });
});
