import { fail } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { draftFromForm } from '$lib/server/draft-upload';
import { loading } from '$lib/server/forms';
import { defaultReadingLevel, runCheck } from '$lib/server/policy';
import * as brand from '$lib/server/store/brand';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) =>
	loading(async () => ({
		audiences: (await brand.list(locals.user!, defaultReadingLevel())).map((l) => ({
			...l.audience,
			written: l.updatedAt !== null
		}))
	}));

export const actions: Actions = {
	check: async ({ request, locals }) => {
		const form = await request.formData();
		const audienceId = String(form.get('audienceId') ?? '');
		const pasted = String(form.get('text') ?? '').slice(0, 100_000);
		try {
			const draft = await draftFromForm(form);
			return { audienceId, text: draft.text, result: await runCheck(locals.user!, draft) };
		} catch (err) {
			if (!(err instanceof AppError)) throw err;
			const issues = Object.fromEntries(err.issues.map((i) => [i.path, i.message]));
			return fail(err.status, { audienceId, text: pasted, message: err.message, issues });
		}
	}
};
