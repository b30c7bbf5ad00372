import { json } from '@sveltejs/kit';
import { commentRequestSchema } from '$lib/domain/roadmap/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { quarterParam } from '$lib/server/roadmap-export';
import * as roadmaps from '$lib/server/store/roadmaps';
import type { RequestHandler } from './$types';

/** The quarter's comments, oldest first. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json((await roadmaps.get(user, quarterParam(params.quarter))).comments);
});

/** `{ text, initiativeId? }`: a comment on the roadmap or one initiative; every role. */
export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const quarter = quarterParam(params.quarter);
	const body = await readJson(request, commentRequestSchema);
	return json(await roadmaps.comment(user, quarter, body), { status: 201 });
});
