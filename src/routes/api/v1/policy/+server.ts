import { json } from '@sveltejs/kit';
import { policyUpdateSchema } from '$lib/domain/policy/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { policyContext } from '$lib/server/policy';
import * as policies from '$lib/server/store/policy';
import type { RequestHandler } from './$types';

/** 500 rules with long reasons fit; the default 64 KB does not. */
const POLICY_BODY_LIMIT = 512 * 1024;

/** The draft guardrail policy with its write version and the newest approved version. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	return json(await policies.get(requireUser(locals), await policyContext()));
});

/**
 * Replaces the draft: `{ policy, version }`, version being the one read (409 when stale). Admins
 * change anything; a custodian only the rules of their craft (403 otherwise).
 */
export const PUT: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, policyUpdateSchema, POLICY_BODY_LIMIT);
	return json(await policies.update(user, body.policy, body.version, await policyContext()));
});
