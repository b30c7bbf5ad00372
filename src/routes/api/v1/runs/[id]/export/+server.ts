import { z } from 'zod';
import { exportFormats, runToCsv, runToIcs, runToMarkdown } from '$lib/domain/workflow/export';
import { endpoint, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as runs from '$lib/server/store/runs';
import type { RequestHandler } from './$types';

const querySchema = z.strictObject({
	format: z.enum(exportFormats, { error: 'expected csv, md or ics' })
});

const kinds = {
	csv: { type: 'text/csv; charset=utf-8', render: runToCsv },
	md: { type: 'text/markdown; charset=utf-8', render: runToMarkdown },
	ics: { type: 'text/calendar; charset=utf-8', render: runToIcs }
} as const;

/** The run as CSV (Asana, ClickUp), a Markdown checklist or iCalendar milestones, as a download. */
export const GET: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const { format } = validate(querySchema, Object.fromEntries(url.searchParams));
	const run = await runs.get(requireUser(locals), params.id);
	const slug = run.brief.campaignName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return new Response(kinds[format].render(run), {
		headers: {
			'content-type': kinds[format].type,
			'content-disposition': `attachment; filename="${slug || 'run'}.${format}"`
		}
	});
});
