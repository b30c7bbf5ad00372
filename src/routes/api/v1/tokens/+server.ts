import { json } from '@sveltejs/kit';
import { tokenRequestSchema } from '$lib/domain/access/schema';
import { endpoint, readOptionalJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as tokens from '$lib/server/store/tokens';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals }) => {
	const user = requireUser(locals);
	return json({ tokens: await tokens.listFor(user.id) });
});

export const POST: RequestHandler = endpoint(async ({ request, locals }) => {
	const user = requireUser(locals);
	const { name } = await readOptionalJson(request, tokenRequestSchema);
	const { token, secret } = await tokens.create(user.id, name);
	return json({ ...token, token: secret }, { status: 201 });
});
