import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as shareLinks from '$lib/server/store/share-links';
import type { RequestHandler } from './$types';

const answer = (origin: string, token: string) => ({ token, url: `${origin}/shared/${token}` });

export const GET: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const token = await shareLinks.linkFor(requireUser(locals), params.id);
	return json(token ? answer(url.origin, token) : { token: null, url: null });
});

export const POST: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const token = await shareLinks.create(requireUser(locals), params.id);
	return json(answer(url.origin, token), { status: 201 });
});

export const DELETE: RequestHandler = endpoint(async ({ locals, params }) => {
	await shareLinks.revoke(requireUser(locals), params.id);
	return new Response(null, { status: 204 });
});
