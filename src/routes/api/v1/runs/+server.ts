import { json } from '@sveltejs/kit';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { startRunSchemaAsOf } from '$lib/domain/workflow/run-schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as runs from '$lib/server/store/runs';
import type { RequestHandler } from './$types';

/** Every campaign run, newest first, each with its version and the events it accepts now. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	return json({ runs: await runs.list(requireUser(locals)) });
});

/** Starts a run of a template for an audience with a brief: 201, or 400 naming the field. */
export const POST: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, startRunSchemaAsOf(calendarDateOf(new Date())));
	return json(await runs.create(user, body), { status: 201 });
});
