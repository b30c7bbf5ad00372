import { json } from '@sveltejs/kit';
import { memberRoleSchema, memberVersionSchema } from '$lib/domain/access/schema';
import { endpoint, readJson, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as members from '$lib/server/store/members';
import type { RequestHandler } from './$types';

export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { role, version } = await readJson(request, memberRoleSchema);
	return json({ member: await members.changeRole(user, params.id, role, version) });
});

/** The version travels in the query (`?version=n`): DELETE bodies are often dropped. */
export const DELETE: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const user = requireUser(locals);
	const { version } = validate(memberVersionSchema, {
		version: url.searchParams.get('version') ?? undefined
	});
	await members.remove(user, params.id, version);
	return new Response(null, { status: 204 });
});
