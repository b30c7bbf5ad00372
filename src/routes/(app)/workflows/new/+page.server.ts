import { fail, redirect } from '@sveltejs/kit';
import { canStartRun } from '$lib/domain/access/workflows';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { zodIssues } from '$lib/domain/shared/issues';
import { formFieldOf, startRequestOf } from '$lib/domain/workflow/run-form';
import { startRunSchemaAsOf } from '$lib/domain/workflow/run-schema';
import { attempt, formValues, isFailure, loading } from '$lib/server/forms';
import * as runs from '$lib/server/store/runs';
import type { Actions, PageServerLoad } from './$types';

/** The templates, and the current scenario's audiences and seats, to start a run from. */
export const load: PageServerLoad = ({ locals }) =>
	loading(async () => ({
		...(await runs.startChoices(locals.user!)),
		canStart: canStartRun(locals.user!),
		today: calendarDateOf(new Date())
	}));

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const form = await request.formData();
		const values = formValues(form);
		const parsed = startRunSchemaAsOf(calendarDateOf(new Date())).safeParse(startRequestOf(values));
		if (!parsed.success) {
			const issues = Object.fromEntries(
				zodIssues(parsed.error).map((i) => [formFieldOf(i.path), i.message])
			);
			return fail(400, { message: 'Please correct the fields marked below.', issues, values });
		}
		const run = await attempt(form, () => runs.create(locals.user!, parsed.data));
		if (isFailure(run)) return run;
		redirect(303, `/workflows/runs/${run.id}?started`);
	}
};
