import { redirect } from '@sveltejs/kit';
import { loading } from '$lib/server/forms';
import * as conversations from '$lib/server/store/conversations';
import { getStore } from '$lib/server/store/db';
import { teamFilterSchema, teamView, WEEK_CHOICES } from './team.server';
import type { PageServerLoad } from './$types';

/** The team's cadence for admins and leaders; everyone else's conversations page is their home. */
export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		if (!conversations.readsEveryone(user)) redirect(303, '/me');
		const filter = teamFilterSchema.parse(Object.fromEntries(url.searchParams));
		const { data } = await getStore();
		return {
			filter,
			weekChoices: WEEK_CHOICES,
			hasCurrentScenario: conversations.currentScenario(data) !== undefined,
			...teamView(data, user, filter)
		};
	});
