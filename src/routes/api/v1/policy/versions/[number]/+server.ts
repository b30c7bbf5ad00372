import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { versionNumber } from '$lib/server/policy-versions';
import * as policies from '$lib/server/store/policy';
import type { RequestHandler } from './$types';

/** One approved version with its rules. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const user = requireUser(locals);
	return json(await policies.version(user, versionNumber(params.number, 'number')));
});
