import { accountabilityScope } from '$lib/domain/access/accountability';
import { storedReport } from '$lib/server/accountability';
import { loading } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import type { PageServerLoad } from './$types';

/** /scenarios/[id]/accountability: the map with its stored overrides, the checks and the health check. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const user = locals.user!;
	const scenario = await loading(() => scenarios.get(user, params.id));
	const { overrides, version, ...report } = await loading(() => storedReport(user, scenario));
	const scope = accountabilityScope(user, scenario);
	return {
		scenario: { id: scenario.id, name: scenario.name, structure: scenario.structure },
		overrides,
		version,
		report,
		mayEdit: scope !== null,
		/** The audience rows a GTM marketer may change; null when every row is open to the user. */
		editableAudiences: scope === null || scope === 'all' ? null : [...scope]
	};
};
