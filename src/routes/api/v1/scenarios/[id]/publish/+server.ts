import { json } from '@sveltejs/kit';
import { publishSchema } from '$lib/domain/scenario/requests';
import { endpoint, readOptionalJson } from '$lib/server/api';
import { requireRole } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const admin = requireRole(locals, 'admin');
	const { note } = await readOptionalJson(request, publishSchema);
	return json(await scenarios.publish(admin, params.id, note));
});
