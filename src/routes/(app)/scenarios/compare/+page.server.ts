import { diffAccountability } from '$lib/domain/accountability/diff';
import { diffDesigns } from '$lib/domain/scenario/diff';
import { designOf, type Scenario } from '$lib/domain/scenario/schema';
import { mapWithOverrides } from '$lib/server/accountability';
import { loading } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';
import type { PageServerLoad } from './$types';

const sideOf = (s: Scenario) => ({ ...designOf(s), id: s.id, status: s.status });

/**
 * /scenarios/compare?a=<id>&b=<id>: A is the before design, B the after. A missing id leaves
 * the picker to choose it; an unknown or invisible one is a 404, as on the scenario page.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user!;
	const options = (await loading(() => scenarios.list(user))).map(({ id, name, status }) => ({
		id,
		name,
		status
	}));
	const param = (key: 'a' | 'b') => url.searchParams.get(key)?.trim() || null;
	const [a, b] = [param('a'), param('b')];
	const open = (id: string | null) => (id === null ? null : loading(() => scenarios.get(user, id)));
	const [before, after] = await Promise.all([open(a), open(b)]);
	const library = await loading(() => workspaceSimulationLibrary());
	// Each side's map with its stored overrides: the diff shows the accountabilities as set.
	const side = async (s: Scenario) => ({
		design: designOf(s),
		map: await loading(() => mapWithOverrides(user, s, library))
	});
	return {
		options,
		chosen: { a: a ?? options[0]?.id ?? '', b: b ?? options[1]?.id ?? options[0]?.id ?? '' },
		comparison:
			before && after
				? {
						before: sideOf(before),
						after: sideOf(after),
						diff: diffDesigns(before, after),
						duties: diffAccountability(await side(before), await side(after))
					}
				: null
	};
};
