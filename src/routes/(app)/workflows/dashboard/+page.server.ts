import { boardQuerySchema, filterChoicesOf } from '$lib/domain/workflow/board-query';
import { paceChart } from '$lib/domain/workflow/dashboard-pace';
import { loading } from '$lib/server/forms';
import * as runs from '$lib/server/store/runs';
import { dashboard } from '$lib/server/workflow-dashboard';
import type { PageServerLoad } from './$types';

/** The operating dashboard, filtered by audience, client and owner as the board is. */
export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		const parsed = boardQuerySchema.safeParse(Object.fromEntries(url.searchParams));
		const filter = parsed.success ? parsed.data : {};
		const [figures, all] = await Promise.all([dashboard(user, filter), runs.list(user)]);
		return {
			filter,
			dashboard: figures,
			chart: paceChart(figures.pace),
			...filterChoicesOf(all)
		};
	});
