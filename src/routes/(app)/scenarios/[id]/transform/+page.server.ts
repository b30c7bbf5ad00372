import { can } from '$lib/domain/access/permissions';
import { designOf, seatKindLabels } from '$lib/domain/scenario/schema';
import { suggestAudiences, suggestMapping } from '$lib/domain/transformation/suggest';
import { loading } from '$lib/server/forms';
import * as scenarios from '$lib/server/store/scenarios';
import type { PageServerLoad } from './$types';

/** /scenarios/[id]/transform: the wizard, with the audiences and placements it suggests. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const user = locals.user!;
	const scenario = await loading(() => scenarios.get(user, params.id));
	const design = designOf(scenario);
	const audiences = suggestAudiences(design);
	return {
		scenario: { id: scenario.id, name: scenario.name, structure: scenario.structure, design },
		suggested: { audiences, mapping: suggestMapping(design, audiences) },
		kindLabels: seatKindLabels,
		mayCreate: can(user, 'scenarios.create')
	};
};
