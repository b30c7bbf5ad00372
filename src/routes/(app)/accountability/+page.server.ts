import { can } from '$lib/domain/access/permissions';
import { listRoleCards } from '$lib/content';
import { storedReport } from '$lib/server/accountability';
import { loading } from '$lib/server/forms';
import { sourceOfTruthView } from '$lib/server/source-of-truth';
import * as scenarios from '$lib/server/store/scenarios';
import type { PageServerLoad } from './$types';

/**
 * /accountability: the current scenario's checks and health check, every visible scenario's
 * map, the role cards and the source-of-truth map's flags.
 */
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	const visible = await loading(() => scenarios.list(user));
	const current = await loading(() => scenarios.current(user));
	const report = current ? await loading(() => storedReport(user, current)) : null;
	const sources = await loading(() => sourceOfTruthView(user));
	return {
		current: current ? { id: current.id, name: current.name, structure: current.structure } : null,
		checks: report?.checks ?? [],
		health: report?.health ?? [],
		overridden: report?.overrides.length ?? 0,
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
