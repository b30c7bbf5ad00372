import { error } from '@sveltejs/kit';
import { areas } from '$lib/areas';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const area = areas.find((a) => a.slug === params.area);
	if (!area) error(404, { code: 'not_found', message: 'This page does not exist.' });
	return { area };
};
