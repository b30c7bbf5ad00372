import { boardQuerySchema } from '$lib/domain/workflow/board-query';
import { canStartRun } from '$lib/domain/access/workflows';
import { loading } from '$lib/server/forms';
import * as runs from '$lib/server/store/runs';
import type { PageServerLoad } from './$types';

const unique = <T extends { id: string }>(items: T[]) => [
	...new Map(items.map((i) => [i.id, i])).values()
];

/** The board: due this week, blocked, decision needed next; filtered by audience, client, owner. */
export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		const parsed = boardQuerySchema.safeParse(Object.fromEntries(url.searchParams));
		const filter = parsed.success ? parsed.data : {};
		const board = await runs.board(user, filter);
		const steps = board.runs.flatMap((r) => r.steps);
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
			audiences: unique(board.runs.map((r) => ({ id: r.audienceId, name: r.audienceName }))),
			clients: [...new Set(board.runs.map((r) => r.brief.client).filter(Boolean))],
			owners: unique(
				steps
					.flatMap((s) => [s.owner, ...(s.gate ? [s.gate.approver] : [])])
					.filter((o) => o.seatId)
					.map((o) => ({ id: o.seatId!, name: o.label }))
			),
			canStart: canStartRun(user)
		};
	});
