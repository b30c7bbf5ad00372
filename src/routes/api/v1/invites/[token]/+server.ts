import { json } from '@sveltejs/kit';
import { acceptInviteSchema } from '$lib/domain/access/schema';
import { endpoint, readJson } from '$lib/server/api';
import { hashPassword } from '$lib/server/auth/password';
import * as members from '$lib/server/store/members';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ request, params }) => {
	const { password } = await readJson(request, acceptInviteSchema);
	const member = await members.acceptInvite(params.token, await hashPassword(password));
	return json({ member }, { status: 201 });
});
