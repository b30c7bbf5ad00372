import { redirect } from '@sveltejs/kit';
import { readsEveryone } from '$lib/domain/access/conversations';
import { loading } from '$lib/server/forms';
import * as conversations from '$lib/server/store/conversations';
import { teamFilterSchema, teamView, WEEK_CHOICES } from './team.server';
import type { PageServerLoad } from './$types';

/** The team's cadence for admins and leaders; everyone else's conversations page is their home. */
export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		if (!readsEveryone(user)) redirect(303, '/me');
		const filter = teamFilterSchema.parse(Object.fromEntries(url.searchParams));
		const view = await conversations.view(user, { audience: filter.audience });
		return {
			filter,
			weekChoices: WEEK_CHOICES,
			hasCurrentScenario: view.scenario !== null,
			...teamView(view, filter)
		};
	});
