import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { assessmentUpdateSchema, runAssessment, viewOf } from '$lib/server/assessment';
import { endpoint, readJson, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as assessments from '$lib/server/store/assessments';
import type { RequestHandler } from './$types';

/** The saved inputs and the report, recomputed from them with today's catalogue and seats. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await viewOf(user, await assessments.get(user, params.id)));
});

/** `{ profile, scenarioId?, options?, name?, version }`: new inputs; 409 when the version is stale. */
export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	await assessments.assertEditable(user, params.id);
	const { version, ...input } = await readJson(request, assessmentUpdateSchema);
	await runAssessment(user, input);
	const saved = await assessments.update(user, params.id, input, version);
	return json(await viewOf(user, saved));
});

const versionQuery = z.strictObject({
	version: z.coerce
		.number({ error: 'expected the version you read, such as ?version=2' })
		.int('expected a whole number')
		.min(1, 'must be at least 1')
});

/** `?version=<n>`: deletes the saved assessment; 409 when the version is stale. */
export const DELETE: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const user = requireUser(locals);
	await assessments.assertEditable(user, params.id);
	const { version } = validate(versionQuery, Object.fromEntries(url.searchParams));
	await assessments.remove(user, params.id, version);
	return new Response(null, { status: 204 });
});
