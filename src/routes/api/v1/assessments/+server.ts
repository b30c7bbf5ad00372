import { json } from '@sveltejs/kit';
import { assessmentInputSchema, defaultName, runAssessment, viewOf } from '$lib/server/assessment';
import { endpoint, readJson } from '$lib/server/api';
import { requireRole, requireUser } from '$lib/server/auth/guard';
import { invalid } from '$lib/server/errors';
import * as assessments from '$lib/server/store/assessments';
import type { RequestHandler } from './$types';

/** Saved assessments, the most recently changed first; any signed-in role. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	return json({ assessments: await assessments.list(requireUser(locals)) });
});

function saveFlag(url: URL): boolean {
	const save = url.searchParams.get('save');
	if (save === null || save === 'false') return false;
	if (save === 'true') return true;
	throw invalid('save: expected true or false', [
		{ path: '(query).save', message: 'expected true or false' }
	]);
}

/**
 * Runs an assessment (admins and leaders): `{ profile, scenarioId?, options?, name? }` → the
 * report. With `?save=true` the inputs are stored too: 201 with the saved assessment and its id.
 */
export const POST: RequestHandler = endpoint(async ({ locals, request, url }) => {
	const user = requireRole(locals, 'admin', 'leader');
	const save = saveFlag(url);
	const input = await readJson(request, assessmentInputSchema);
	const run = await runAssessment(user, input);
	if (!save) return json(run.report);
	const saved = await assessments.create(user, {
		...input,
		name: input.name ?? defaultName(run.scenario)
	});
	return json(await viewOf(user, saved), {
		status: 201,
		headers: { location: `/api/v1/assessments/${saved.id}` }
	});
});
