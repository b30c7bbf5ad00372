import { error, fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/access/permissions';
import { runImport, type ImportRequest } from '$lib/domain/scenario/import-run';
import { viewOf, type ImportResult } from '$lib/domain/scenario/import-view';
import { attempt, isFailure } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import { MAX_IMPORT_BYTES, readImportForm } from './import.server';
import type { Actions, PageServerLoad } from './$types';

function guard(user: App.Locals['user']) {
	if (!user || !can(user, 'scenarios.create'))
		error(403, { code: 'forbidden', message: 'Only admins and leaders can import scenarios.' });
	return user;
}

async function review(request: ImportRequest) {
	const outcome = await runImport(request);
	const { text, source, format, name, structure } = request;
	const result: ImportResult = { text, source, format, name, structure, view: viewOf(outcome) };
	return { result, design: outcome.design };
}

export const load: PageServerLoad = async ({ locals }) => {
	guard(locals.user);
	return { maxBytes: MAX_IMPORT_BYTES };
};

export const actions: Actions = {
	preview: async ({ request, locals }) => {
		guard(locals.user);
		const input = await readImportForm(await request.formData());
		if (!('text' in input)) return input;
		return { result: (await review(input)).result };
	},
	save: async ({ request, locals }) => {
		const user = guard(locals.user);
		const form = await request.formData();
		const input = await readImportForm(form);
		if (!('text' in input)) return input;
		const { result, design } = await review(input);
		if (!design) {
			const n = result.view.errorCount;
			return fail(422, {
				result,
				message: `Nothing was saved: ${n === 1 ? 'one error remains' : `${n} errors remain`}. Fix the file or the column mapping and preview it again.`
			});
		}
		const created = await attempt(form, () => scenarios.create(user, design));
		if (isFailure(created)) return fail(created.status, { ...created.data, result });
		redirect(303, `/scenarios/${created.id}`);
	}
};
