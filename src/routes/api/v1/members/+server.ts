import { json } from '@sveltejs/kit';
import { inviteSchema } from '$lib/domain/access/schema';
import { endpoint, readJson } from '$lib/server/api';
import { requireRole } from '$lib/server/auth/guard';
import * as members from '$lib/server/store/members';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals }) => {
	requireRole(locals, 'admin', 'leader');
	return json({ members: await members.list() });
});

export const POST: RequestHandler = endpoint(async ({ request, locals, url }) => {
	const admin = requireRole(locals, 'admin');
	const input = await readJson(request, inviteSchema);
	const { member, inviteToken } = await members.invite(admin, input);
	return json(
		{ member, inviteToken, inviteUrl: `${url.origin}/invite/${inviteToken}` },
		{ status: 201 }
	);
});
