import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as policies from '$lib/server/store/policy';
import type { RequestHandler } from './$types';

/** Every approved version (number, who, when, note), newest first. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	return json({ versions: await policies.versions(requireUser(locals)) });
});
