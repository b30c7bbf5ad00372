import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as shareLinks from '$lib/server/store/share-links';
import type { RequestHandler } from './$types';

/** `{ live, createdAt }`: the URL is shown only when the link is made (its secret is stored hashed). */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const { createdAt } = await shareLinks.status(requireUser(locals), params.id);
	return json({ live: createdAt !== null, createdAt });
});

/** Makes a new link (a live one stops working): `{ token, url }`, shown this once. */
export const POST: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const token = await shareLinks.create(requireUser(locals), params.id);
	return json({ token, url: `${url.origin}/shared/${token}` }, { status: 201 });
});

export const DELETE: RequestHandler = endpoint(async ({ locals, params }) => {
	await shareLinks.revoke(requireUser(locals), params.id);
	return new Response(null, { status: 204 });
});
