import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as workspace from '$lib/server/store/workspace';
import type { RequestHandler } from './$types';

/** `{ profile, version }`: the company profile of the capacity assessment (null until set). */
export const GET: RequestHandler = endpoint(async ({ locals }) =>
	json(await workspace.getProfile(requireUser(locals)))
);

const putSchema = z.strictObject({
	profile: z.record(z.string(), z.unknown(), { error: 'expected the company profile object' }),
	version: z.number().int().min(1)
});

/** Replaces the profile (admins) if `version` is the workspace's current one; else 409. */
export const PUT: RequestHandler = endpoint(async ({ locals, request }) => {
	const body = await readJson(request, putSchema);
	return json(await workspace.setProfile(requireUser(locals), body.profile, body.version));
});
