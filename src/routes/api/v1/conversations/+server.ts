import { json } from '@sveltejs/kit';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { listQuerySchema, parseQuery, requestSchemaNow } from '$lib/server/conversations-api';
import * as conversations from '$lib/server/store/conversations';
import type { RequestHandler } from './$types';

/** Conversations the caller may read (a marketer: their own; admins and leaders: everyone's). */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const filter = parseQuery(listQuerySchema, url);
	const found = await conversations.list(user, filter);
	return json({
		conversations: found.map((c) => ({ ...c, restorableUntil: conversations.restorableUntil(c) }))
	});
});

/** Logs a conversation for an audience the caller owns: 201, 400 naming the field, or 403. */
export const POST: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, requestSchemaNow());
	return json(await conversations.create(user, body), { status: 201 });
});
