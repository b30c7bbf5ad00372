import { redirect } from '@sveltejs/kit';
import { loading } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import type { PageServerLoad } from './$types';

/** /simulate: the current scenario's Simulate screen, else the scenario list to pick one. */
export const load: PageServerLoad = async ({ locals }) => {
	const visible = await loading(() => scenarios.list(locals.user!));
	const current = visible.find((s) => s.status === 'current');
	redirect(303, current ? `/scenarios/${current.id}/simulate` : '/scenarios');
};
