import { json } from '@sveltejs/kit';
import { approveSchema } from '$lib/domain/policy/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { policyContext } from '$lib/server/policy';
import * as policies from '$lib/server/store/policy';
import type { RequestHandler } from './$types';

/** Approves the draft read at `version` into the next numbered version with a `note`; admins only. */
export const POST: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const { version, note } = await readJson(request, approveSchema);
	const state = await policies.approve(user, note, version, await policyContext());
	return json(state, { status: 201 });
});
