import { json } from '@sveltejs/kit';
import { signInSchema } from '$lib/domain/access/schema';
import { endpoint, readJson } from '$lib/server/api';
import { endSession, startSession } from '$lib/server/auth/cookies';
import { signIn } from '$lib/server/auth/signin';
import { toPublic } from '$lib/server/store/members';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	async ({ request, cookies, getClientAddress, url }) => {
		const { email, password } = await readJson(request, signInSchema);
		const member = await signIn(email, password, getClientAddress());
		await startSession(cookies, member.id, url.protocol === 'https:');
		return json({ member: toPublic(member) });
	}
);

export const DELETE: RequestHandler = endpoint(async ({ cookies }) => {
	await endSession(cookies);
	return new Response(null, { status: 204 });
});
