import { json } from '@sveltejs/kit';
import { readsEveryone } from '$lib/domain/access/conversations';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { cadenceQuerySchema, parseQuery } from '$lib/server/conversations-api';
import { cadence } from '$lib/server/store/cadence';
import type { RequestHandler } from './$types';

/**
 * Weekly cadence by ISO week, ending this week: `{ target, weeks: [{ week, start, count, target,
 * met }], currentStreak, longestStreak, gaps, thisWeek }`. A marketer gets their own; admins and
 * leaders the team's, or one marketer's with `?marketer=`.
 */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const query = parseQuery(cadenceQuerySchema, url);
	return json({
		marketer: query.marketer ?? (readsEveryone(user) ? null : user.id),
		audience: query.audience ?? null,
		...(await cadence(user, query))
	});
});
