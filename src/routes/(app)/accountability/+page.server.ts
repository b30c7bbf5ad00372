import { can } from '$lib/domain/access/permissions';
import { listRoleCards } from '$lib/content';
import { storedReport } from '$lib/server/accountability';
import { loading } from '$lib/server/forms';
import { sourceOfTruthView } from '$lib/server/source-of-truth';
import { streamed } from '$lib/server/streamed';
import * as scenarios from '$lib/server/store/scenarios';
import type { PageServerLoad } from './$types';

/**
 * /accountability: the current scenario's checks and health check (streamed), every visible scenario's
 * map, the role cards and the source-of-truth map's flags.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	const visible = await loading(() => scenarios.list(user));
	const current = await loading(() => scenarios.current(user));
	// The health check simulates the scenario: its figures stream in after the page.
	const report = current
		? streamed(async () => {
				const { checks, health, overrides, matrix } = await storedReport(user, current);
				const seats = matrix.seats.map(({ id, title }) => ({ id, title }));
				return { checks, health, seats, overridden: overrides.length };
			})
		: null;
	const sources = await loading(() => sourceOfTruthView(user));
	return {
		current: current ? { id: current.id, name: current.name, structure: current.structure } : null,
		report,
		scenarios: visible.map(({ id, name, structure, status }) => ({ id, name, structure, status })),
		mayTransform: can(user, 'scenarios.create'),
		roleCards: listRoleCards().map(({ slug, title, summary, group }) => ({
			slug,
			title,
			summary,
			group
		})),
		sourceFlags: sources.rows.filter((r) => r.status !== 'ok').length
	};
};
