import { json } from '@sveltejs/kit';
import { eventVersionSchema } from '$lib/domain/workflow/run-events';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as runs from '$lib/server/store/runs';
import type { RequestHandler } from './$types';

/**
 * `{ type, version, … }`: the version is checked first (409 when stale); an event the run does
 * not accept now is 422 with the reason. Answers the run and any decision logged.
 */
export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { version, ...event } = await readJson(request, eventVersionSchema);
	return json(await runs.send(user, params.id, version, event));
});
