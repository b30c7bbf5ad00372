import { json } from '@sveltejs/kit';
import { reviewRequestSchema } from '$lib/domain/roadmap/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { reviewRoadmap } from '$lib/server/roadmap';
import { quarterParam } from '$lib/server/roadmap-export';
import * as roadmaps from '$lib/server/store/roadmaps';
import type { RequestHandler } from './$types';

/** The quarter's reviews, oldest first. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json((await roadmaps.get(user, quarterParam(params.quarter))).reviews);
});

/** `{ note: { changed, why, next } }`: records a review with the diff since the last one. */
export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const quarter = quarterParam(params.quarter);
	const { note } = await readJson(request, reviewRequestSchema);
	return json(await reviewRoadmap(user, quarter, note), { status: 201 });
});
