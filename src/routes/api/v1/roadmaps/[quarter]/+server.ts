import { json } from '@sveltejs/kit';
import { roadmapUpdateSchema } from '$lib/domain/roadmap/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { roadmapView, saveRoadmap } from '$lib/server/roadmap';
import { quarterParam } from '$lib/server/roadmap-export';
import type { RequestHandler } from './$types';

/** The quarter's roadmap (version 0 when never saved), lanes, capacity per owner and flags. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await roadmapView(user, quarterParam(params.quarter)));
});

/** `{ version, initiatives }`: the whole plan at the version read; 409 when stale. */
export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const quarter = quarterParam(params.quarter);
	const body = await readJson(request, roadmapUpdateSchema, 512 * 1024);
	await saveRoadmap(user, quarter, body);
	return json(await roadmapView(user, quarter));
});
