import { redirect } from '@sveltejs/kit';
import {
	can,
	canDeleteScenario,
	canEditScenario,
	canShareScenario
} from '$lib/domain/access/permissions';
import { checkDesign } from '$lib/domain/scenario/rules';
import { attempt, isFailure, loading } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import * as members from '$lib/server/store/members';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const user = locals.user!;
	const scenario = await loading(() => scenarios.get(user, params.id));
	const author = await members.get(scenario.authorId);
	return {
		scenario,
		authorName: author?.name ?? 'former member',
		issues: checkDesign(scenario),
		may: {
			share: scenario.visibility === 'private' && canShareScenario(user, scenario),
			publish: scenario.status !== 'current' && can(user, 'scenarios.publish'),
			remove: canDeleteScenario(user, scenario),
			edit: canEditScenario(user, scenario)
		}
	};
};

const act =
	(fn: typeof scenarios.share) =>
	async ({
		request,
		locals,
		params
	}: {
		request: Request;
		locals: App.Locals;
		params: { id: string };
	}) => {
		const form = await request.formData();
		const done = await attempt(form, () => fn(locals.user!, params.id));
		if (isFailure(done)) return done;
		return { done: true };
	};

export const actions: Actions = {
	share: act(scenarios.share),
	publish: act(scenarios.publish),
	remove: async ({ request, locals, params }) => {
		const form = await request.formData();
		const done = await attempt(form, () => scenarios.remove(locals.user!, params.id));
		if (isFailure(done)) return done;
		redirect(303, '/scenarios');
	}
};
