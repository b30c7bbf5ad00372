import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readOptionalJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

const body = z.strictObject({ name: z.string().trim().min(1).max(120).optional() });

export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { name } = await readOptionalJson(request, body);
	return json(await scenarios.duplicate(user, params.id, name), { status: 201 });
});
