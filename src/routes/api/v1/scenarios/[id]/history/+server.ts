import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarioHistory from '$lib/server/store/scenario-history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json({ revisions: await scenarioHistory.history(requireUser(locals), params.id) });
});
