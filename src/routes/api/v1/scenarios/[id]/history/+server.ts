import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json({ revisions: await scenarios.history(requireUser(locals), params.id) });
});
