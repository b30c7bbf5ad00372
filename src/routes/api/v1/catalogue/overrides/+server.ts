import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { overridesSchema } from '$lib/domain/catalogue/overrides';
import { endpoint, readJson } from '$lib/server/api';
import { requireRole } from '$lib/server/auth/guard';
import * as catalogueOverrides from '$lib/server/store/catalogue-overrides';
import type { RequestHandler } from './$types';

/** Room for a note on every field of every activity (a few hundred activities at most). */
const BODY_LIMIT = 1024 * 1024;

const replaceSchema = z.strictObject({
	overrides: overridesSchema,
	version: z.number().int().min(1)
});

/** Replaces all of the workspace's overrides (admins only); 400 names the field, 409 if stale. */
export const PUT: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireRole(locals, 'admin');
	const body = await readJson(request, replaceSchema, BODY_LIMIT);
	return json(await catalogueOverrides.replace(user, body.overrides, body.version));
});
