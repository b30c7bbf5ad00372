import { fail } from '@sveltejs/kit';
import { AppError } from '$lib/server/errors';
import { formValues, loading } from '$lib/server/forms';
import { defaultReadingLevel } from '$lib/server/policy';
import * as brand from '$lib/server/store/brand';
import { formOf, layerFromForm } from './brand-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, params }) =>
	loading(async () => {
		const state = await brand.get(locals.user!, params.audienceId, defaultReadingLevel());
		return { state, values: formOf(state.layer) };
	});

/** `layer.phrasesToAvoid[2]` → the form field `phrasesToAvoid`, with the entry named in the note. */
const fieldOf = (path: string) => path.replace(/^layer\./, '').split(/[.[]/)[0] || 'form';

export const actions: Actions = {
	save: async ({ request, locals, params }) => {
		const form = await request.formData();
		try {
			await brand.update(
				locals.user!,
				params.audienceId,
				layerFromForm(form),
				Number(form.get('version'))
			);
			return { saved: true };
		} catch (err) {
			if (!(err instanceof AppError)) throw err;
			const issues: Record<string, string> = {};
			for (const i of err.issues)
				issues[fieldOf(i.path)] ??= `${i.path.replace(/^layer\./, '')}: ${i.message}`;
			return fail(err.status, { message: err.message, issues, values: formValues(form) });
		}
	}
};
