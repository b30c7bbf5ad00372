import { json } from '@sveltejs/kit';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { parseQuery, putSchemaNow, versionQuerySchema } from '$lib/server/conversations-api';
import * as conversations from '$lib/server/store/conversations';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json(await conversations.get(requireUser(locals), params.id));
});

/** Replaces the caller's own conversation; the body carries the version read (409 when stale). */
export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { version, ...body } = await readJson(request, putSchemaNow());
	return json(await conversations.update(user, params.id, body, version));
});

/** Deletes the caller's own conversation, restorable for 30 days; `?version=` guards against a stale read. */
export const DELETE: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const user = requireUser(locals);
	const { version } = parseQuery(versionQuerySchema, url);
	const deleted = await conversations.remove(user, params.id, version);
	return json({ ...deleted, restorableUntil: conversations.restorableUntil(deleted) });
});
