import { designOf } from '$lib/domain/scenario/schema';
import { loading } from '$lib/server/forms';
import { loadStarters } from '$lib/server/models';
import * as accountability from '$lib/server/store/accountability';
import * as scenarios from '$lib/server/store/scenarios';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';
import type { PageServerLoad } from './$types';
import { comparisonOptions, defaultComparison, openComparison } from '$lib/server/comparison';

/**
 * /scenarios/[id]/simulate?compare=<id | starter:id>: the scenario (404 when the user cannot
 * see it), what it is compared with, the picker's options and what the worker simulates with.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = locals.user!;
	const scenario = await loading(() => scenarios.get(user, params.id));
	const visible = await loading(() => scenarios.list(user));
	const starters = loadStarters();
	const key = url.searchParams.get('compare')?.trim() || defaultComparison(scenario, visible);
	const compare = await loading(() => openComparison(user, key, starters));
	// The accountability map's overrides decide who does a step, here as on the map.
	const overridesOf = async (id: string) =>
		id.startsWith('starter:') ? [] : (await accountability.get(user, id)).overrides;
	return {
		scenario: {
			id: scenario.id,
			name: scenario.name,
			status: scenario.status,
			structure: scenario.structure,
			design: designOf(scenario),
			overrides: await loading(() => overridesOf(scenario.id))
		},
		compare: { ...compare, overrides: await loading(() => overridesOf(compare.key)) },
		options: comparisonOptions(
			visible.filter((s) => s.id !== scenario.id),
			starters
		),
		// The workspace's catalogue, with the overrides an admin saved.
		library: await loading(() => workspaceSimulationLibrary())
	};
};
