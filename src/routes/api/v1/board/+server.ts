import { json } from '@sveltejs/kit';
import { boardQuerySchema } from '$lib/domain/workflow/board-query';
import { endpoint, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as runs from '$lib/server/store/runs';
import type { RequestHandler } from './$types';

/** `{ dueThisWeek, blocked, decisionsNeeded }` across runs; `?audience=&client=&owner=` filter. */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const filter = validate(boardQuerySchema, Object.fromEntries(url.searchParams));
	const { dueThisWeek, blocked, decisionsNeeded, escalations } = await runs.board(
		requireUser(locals),
		filter
	);
	return json({ dueThisWeek, blocked, decisionsNeeded, escalations });
});
