import { error } from '@sveltejs/kit';
import { getRoleCard } from '$lib/content';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params, data }) => {
	const card = getRoleCard(params.card);
	if (!card)
		error(404, { code: 'not_found', message: `There is no role card called "${params.card}".` });
	return { ...data, card };
};
