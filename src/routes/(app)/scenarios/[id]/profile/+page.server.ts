import { fail } from '@sveltejs/kit';
import { canEditScenario } from '$lib/domain/access/permissions';
import { defaultProfile, formValuesOf } from '$lib/domain/assessment/fields';
import { attempt, formValues, isFailure, loading } from '$lib/server/forms';
import { readProfileForm } from '$lib/server/profile-form';
import * as scenarios from '$lib/server/store/scenarios';
import * as workspace from '$lib/server/store/workspace';
import type { Actions, PageServerLoad } from './$types';

/**
 * /scenarios/:id/profile: the company this scenario's simulation and assessment serve. Without
 * its own profile the scenario uses the workspace's (else the demo company).
 */
export const load: PageServerLoad = ({ locals, params }) =>
	loading(async () => {
		const user = locals.user!;
		const [scenario, company] = await Promise.all([
			scenarios.get(user, params.id),
			workspace.getProfile(user)
		]);
		const inherited = company.profile ?? defaultProfile;
		return {
			scenario: { id: scenario.id, name: scenario.name, version: scenario.version },
			source: scenario.profile ? 'scenario' : company.profile ? 'workspace' : 'default',
			values: formValuesOf(scenario.profile ?? inherited, null, {}),
			canEdit: canEditScenario(user, scenario)
		};
	});

/** Saves the form's profile as the scenario's own (or clears it) if `version` is still current. */
async function saveWith(request: Request, user: App.Locals['user'], id: string, clear: boolean) {
	const form = await request.formData();
	const read = clear ? null : readProfileForm(form);
	if (read && !read.ok)
		return fail(400, {
			message: 'Please correct the fields marked below; nothing was saved.',
			issues: read.issues,
			values: formValues(form)
		});
	const saved = await attempt(form, () =>
		scenarios.setProfile(user!, id, read?.ok ? read.profile : null, Number(form.get('version')))
	);
	return isFailure(saved) ? saved : { saved: clear ? ('cleared' as const) : ('saved' as const) };
}

export const actions: Actions = {
	save: ({ request, locals, params }) => saveWith(request, locals.user, params.id, false),
	clear: ({ request, locals, params }) => saveWith(request, locals.user, params.id, true)
};
