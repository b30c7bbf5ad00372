import { boardQuerySchema, filterChoicesOf } from '$lib/domain/workflow/board-query';
import { canStartRun } from '$lib/domain/access/workflows';
import { loading } from '$lib/server/forms';
import * as runs from '$lib/server/store/runs';
import type { PageServerLoad } from './$types';

/** The board: due this week, blocked, decision needed next; filtered by audience, client, owner. */
export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		const parsed = boardQuerySchema.safeParse(Object.fromEntries(url.searchParams));
		const filter = parsed.success ? parsed.data : {};
		const board = await runs.board(user, filter);
		return {
			filter,
			board: {
				dueThisWeek: board.dueThisWeek,
				blocked: board.blocked,
				decisionsNeeded: board.decisionsNeeded
			},
			runs: board.runs.map((r) => ({
				id: r.id,
				campaign: r.brief.campaignName,
				template: r.templateName,
				audience: r.audienceName,
				client: r.brief.client,
				state: r.state,
				launchDate: r.brief.launchDate,
				escalations: board.escalations.filter((e) => e.runId === r.id).length
			})),
			...filterChoicesOf(board.runs),
			canStart: canStartRun(user)
		};
	});
