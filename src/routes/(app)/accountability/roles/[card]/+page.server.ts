import { error } from '@sveltejs/kit';
import { listRoleCards } from '$lib/content';
import { loading } from '$lib/server/forms';
import type { PageServerLoad } from './$types';
import { cardFigures } from './figures.server';

/** /accountability/roles/[card]: the card's live figures (the card itself is loaded in +page.ts). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const card = listRoleCards().find((c) => c.slug === params.card);
	if (!card)
		error(404, { code: 'not_found', message: `There is no role card called "${params.card}".` });
	return { figures: await loading(() => cardFigures(locals.user!, card)) };
};
