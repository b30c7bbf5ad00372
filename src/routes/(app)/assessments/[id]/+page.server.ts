import { fail, redirect } from '@sveltejs/kit';
import { formValuesOf } from '$lib/domain/assessment/fields';
import { figuresOf } from '$lib/domain/assessment/defaults';
import { loadAssessmentDefaults, runAssessment, viewOf } from '$lib/server/assessment';
import { attempt, isFailure, loading } from '$lib/server/forms';
import * as assessments from '$lib/server/store/assessments';
import * as scenarios from '$lib/server/store/scenarios';
import type { Actions, PageServerLoad } from './$types';
import { readRun, runAction } from '../actions.server';

/** A saved assessment: its report recomputed from the saved inputs, and its form to edit them. */
export const load: PageServerLoad = ({ locals, params }) =>
	loading(async () => {
		const user = locals.user!;
		const view = await viewOf(user, await assessments.get(user, params.id));
		const visible = view.canEdit ? await scenarios.list(user) : [];
		const f = figuresOf(loadAssessmentDefaults());
		return {
			view,
			values: formValuesOf(view.profile, view.scenarioId, view.options, view.name),
			scenarios: visible.map(({ id, name, status }) => ({ id, name, status })),
			defaults: {
				targetRatio: f.targetRatio,
				protectedPlanningHoursPerWeek: f.protectedPlanningHoursPerWeek
			}
		};
	});

const versionOf = (form: FormData) => Number(form.get('version'));

export const actions: Actions = {
	run: ({ request, locals }) => runAction(request, locals.user, false),
	apply: ({ request, locals }) => runAction(request, locals.user, true),
	update: async ({ request, locals, params }) => {
		const read = await readRun(request, locals.user);
		if (read.failure) return read.failure;
		const saved = await attempt(read.form, async () => {
			await runAssessment(read.user, read.input);
			return assessments.update(read.user, params.id, read.input, versionOf(read.form));
		});
		return isFailure(saved) ? saved : { updated: saved.version };
	},
	delete: async ({ request, locals, params }) => {
		const form = await request.formData();
		if (!locals.user) return fail(401, { message: 'Sign in first.', issues: {}, values: {} });
		const removed = await attempt(form, () =>
			assessments.remove(locals.user!, params.id, versionOf(form))
		);
		if (isFailure(removed)) return removed;
		redirect(303, '/assessments?deleted');
	}
};
