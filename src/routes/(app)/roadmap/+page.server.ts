import { error } from '@sveltejs/kit';
import { quarterSchema } from '$lib/domain/roadmap/schema';
import { quarterOf, shiftQuarter } from '$lib/domain/roadmap/quarter';
import { requireUser } from '$lib/server/auth/guard';
import { loading } from '$lib/server/forms';
import { roadmapView } from '$lib/server/roadmap';
import type { PageServerLoad } from './$types';

/** `?quarter=2027-Q1`, default the current quarter. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals);
	const asked = url.searchParams.get('quarter');
	const parsed = quarterSchema.safeParse(asked ?? quarterOf(new Date()));
	if (!parsed.success)
		error(400, {
			code: 'invalid_quarter',
			message: `quarter: ${asked} is not a quarter such as 2027-Q1`
		});
	const quarter = parsed.data;
	const view = await loading(() => roadmapView(user, quarter));
	return {
		view,
		quarter,
		previous: shiftQuarter(quarter, -1),
		next: shiftQuarter(quarter, 1),
		now: new Date().toISOString()
	};
};
