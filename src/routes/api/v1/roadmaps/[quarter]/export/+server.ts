import { endpoint, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { roadmapView } from '$lib/server/roadmap';
import { exportQuerySchema, exportResponse, quarterParam } from '$lib/server/roadmap-export';
import type { RequestHandler } from './$types';

/** `?format=md|csv|ics`: the roadmap as Markdown, CSV for a project tool, or iCalendar milestones. */
export const GET: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const user = requireUser(locals);
	const quarter = quarterParam(params.quarter);
	const { format } = validate(exportQuerySchema, Object.fromEntries(url.searchParams));
	return exportResponse(await roadmapView(user, quarter), format);
});
