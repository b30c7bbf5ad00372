import { canEditScenario } from '$lib/domain/access/permissions';
import { reportFor } from '$lib/server/accountability';
import { loading } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';
import type { PageServerLoad } from './$types';

/** /scenarios/[id]/accountability: the map with its overrides, the checks and the health check. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const user = locals.user!;
	const scenario = await loading(() => scenarios.get(user, params.id));
	const library = await loading(() => workspaceSimulationLibrary());
	const overrides: never[] = [];
	return {
		scenario: { id: scenario.id, name: scenario.name, structure: scenario.structure },
		overrides,
		version: 0,
		report: reportFor(scenario, library, overrides),
		mayEdit: canEditScenario(user, scenario)
	};
};
