import { redirect } from '@sveltejs/kit';
import { defaultProfile, formValuesOf } from '$lib/domain/assessment/fields';
import { figuresOf } from '$lib/domain/assessment/defaults';
import { defaultName, loadAssessmentDefaults, runAssessment } from '$lib/server/assessment';
import { attempt, isFailure, loading } from '$lib/server/forms';
import * as assessments from '$lib/server/store/assessments';
import * as scenarios from '$lib/server/store/scenarios';
import * as workspace from '$lib/server/store/workspace';
import { can } from '$lib/domain/access/permissions';
import type { Actions, PageServerLoad } from './$types';
import { readRun, runAction, saveProfileAction } from './actions.server';

/**
 * /assessments?scenario=<id>: the saved assessments and a new one's form, from that scenario and
 * the workspace's company profile (an example company until an admin saves one).
 */
export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		const [saved, visible, company] = await Promise.all([
			assessments.list(user),
			scenarios.list(user),
			workspace.getProfile(user)
		]);
		const picked = url.searchParams.get('scenario');
		const scenarioId = visible.some((s) => s.id === picked) ? picked : null;
		const f = figuresOf(loadAssessmentDefaults());
		return {
			saved,
			scenarios: visible.map(({ id, name, status }) => ({ id, name, status })),
			canRun: assessments.canCreateAssessment(user),
			values: formValuesOf(company.profile ?? defaultProfile, scenarioId, {}),
			company: {
				fromWorkspace: company.profile !== null,
				version: company.version,
				canSave: can(user, 'workspace.profile')
			},
			unknownScenario: picked !== null && scenarioId === null,
			defaults: {
				targetRatio: f.targetRatio,
				protectedPlanningHoursPerWeek: f.protectedPlanningHoursPerWeek
			}
		};
	});

export const actions: Actions = {
	run: ({ request, locals }) => runAction(request, locals.user, false),
	apply: ({ request, locals }) => runAction(request, locals.user, true),
	saveProfile: ({ request, locals }) => saveProfileAction(request, locals.user),
	save: async ({ request, locals }) => {
		const read = await readRun(request, locals.user);
		if (read.failure) return read.failure;
		const saved = await attempt(read.form, async () => {
			const run = await runAssessment(read.user, read.input);
			const name = read.input.name ?? defaultName(run.scenario);
			return assessments.create(read.user, { ...read.input, name });
		});
		if (isFailure(saved)) return saved;
		redirect(303, `/assessments/${saved.id}?saved`);
	}
};
