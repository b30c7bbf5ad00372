import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireRole } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ locals, params }) => {
	return json(await scenarios.publish(requireRole(locals, 'admin'), params.id));
});
