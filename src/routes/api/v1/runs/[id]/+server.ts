import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as runs from '$lib/server/store/runs';
import type { RequestHandler } from './$types';

/** One run with its `version` and `nextEvents` (the events its machine accepts now). */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json(await runs.get(requireUser(locals), params.id));
});
