import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { policyContext } from '$lib/server/policy';
import { diffBetween } from '$lib/server/policy-versions';
import type { RequestHandler } from './$types';

/** What changed between `?from=N` and `?to=M` (a version number, or `draft`, the default). */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const user = requireUser(locals);
	const from = url.searchParams.get('from') ?? '';
	const to = url.searchParams.get('to') ?? 'draft';
	return json(await diffBetween(user, from, to, await policyContext()));
});
