import { redirect } from '@sveltejs/kit';
import { setupSchema } from '$lib/domain/access/schema';
import { startSession } from '$lib/server/auth/cookies';
import { attempt, isFailure, parseForm } from '$lib/server/forms';
import { runSetup } from '$lib/server/setup';
import * as workspace from '$lib/server/store/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	if (await workspace.isSetUp()) redirect(303, '/signin');
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const input = parseForm(
			setupSchema,
			{ ...Object.fromEntries(form), demo: form.get('demo') === 'on' },
			form
		);
		if (isFailure(input)) return input;
		const admin = await attempt(form, () => runSetup(input));
		if (isFailure(admin)) return admin;
		await startSession(cookies, admin.id, url.protocol === 'https:');
		redirect(303, '/scenarios?welcome=1');
	}
};
