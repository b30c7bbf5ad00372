import { knownCrafts, seatKinds } from '$lib/domain/scenario/schema';
import { loading } from '$lib/server/forms';
import { templateDetail } from '$lib/server/template-editor';
import { previewOf } from '$lib/server/template-preview';
import type { PageServerLoad } from './$types';

/** One template in the editor, with its preview against the current scenario. */
export const load: PageServerLoad = ({ locals, params }) =>
	loading(async () => {
		const user = locals.user!;
		const [detail, preview] = await Promise.all([
			templateDetail(user, params.id),
			previewOf(user, params.id)
		]);
		const performers = [
			'audience-owner',
			...knownCrafts.flatMap((c) => [`craft:${c}`, `lead:${c}`]),
			...seatKinds.map((k) => `kind:${k}`)
		];
		return { ...detail, preview, performers };
	});
