import { error } from '@sveltejs/kit';
import { getGuide } from '$lib/content';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const guide = getGuide(params.slug);
	if (!guide) {
		error(404, { code: 'not_found', message: `There is no guide page called "${params.slug}".` });
	}
	return { guide };
};
