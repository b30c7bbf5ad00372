import { canEditSourceOfTruth } from '$lib/domain/access/accountability';
import { loading } from '$lib/server/forms';
import { sourceOfTruthView } from '$lib/server/source-of-truth';
import type { PageServerLoad } from './$types';

/** /accountability/source-of-truth: the workspace's map, its flags and the current scenario's seats. */
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	const view = await loading(() => sourceOfTruthView(user));
	return { ...view, mayEdit: canEditSourceOfTruth(user) };
};
