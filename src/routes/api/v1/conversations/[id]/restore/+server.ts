import { json } from '@sveltejs/kit';
import { endpoint, readOptionalJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { versionQuerySchema } from '$lib/server/conversations-api';
import * as conversations from '$lib/server/store/conversations';
import type { RequestHandler } from './$types';

/** Undoes a delete within 30 days (409 `restore_expired` after); `{ "version"? }` guards a stale read. */
export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { version } = await readOptionalJson(request, versionQuerySchema);
	return json(await conversations.restore(user, params.id, version));
});
