import { json } from '@sveltejs/kit';
import { boardQuerySchema } from '$lib/domain/workflow/board-query';
import { endpoint, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { dashboard } from '$lib/server/workflow-dashboard';
import type { RequestHandler } from './$types';

/**
 * The operating dashboard across runs: pace, reviews, moved or missed dates, load per owner and
 * per template the runs beside the model; `?audience=&client=&owner=` filter as the board's.
 */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const filter = validate(boardQuerySchema, Object.fromEntries(url.searchParams));
	return json(await dashboard(requireUser(locals), filter));
});
