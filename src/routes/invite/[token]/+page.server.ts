import { redirect } from '@sveltejs/kit';
import { acceptInviteSchema } from '$lib/domain/access/schema';
import { hashPassword } from '$lib/server/auth/password';
import { startSession } from '$lib/server/auth/cookies';
import { attempt, isFailure, parseForm } from '$lib/server/forms';
import * as members from '$lib/server/store/members';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const member = await members.findByInvite(params.token);
	return { invitee: member ? { name: member.name, email: member.email, role: member.role } : null };
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const form = await request.formData();
		const input = parseForm(acceptInviteSchema, { password: form.get('password') }, form);
		if (isFailure(input)) return input;
		const member = await attempt(form, async () =>
			members.acceptInvite(params.token, await hashPassword(input.password))
		);
		if (isFailure(member)) return member;
		await startSession(cookies, member.id, url.protocol === 'https:');
		redirect(303, '/scenarios?welcome=1');
	}
};
