import { redirect } from '@sveltejs/kit';
import { signInSchema } from '$lib/domain/access/schema';
import { startSession } from '$lib/server/auth/cookies';
import { safeNext } from '$lib/server/auth/next';
import { signIn } from '$lib/server/auth/signin';
import { attempt, isFailure, parseForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const input = parseForm(signInSchema, Object.fromEntries(form), form);
		if (isFailure(input)) return input;
		const member = await attempt(form, () =>
			signIn(input.email, input.password, getClientAddress())
		);
		if (isFailure(member)) return member;
		await startSession(cookies, member.id, url.protocol === 'https:');
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
