import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

/** The chart benchmark page (npm run bench): only when the server runs with ORGCRAFT_BENCH=1. */
export const load: PageServerLoad = ({ url }) => {
	if (env.ORGCRAFT_BENCH !== '1')
		error(404, { code: 'not_found', message: 'This page does not exist.' });
	const n = Math.round(Number(url.searchParams.get('n')) || 1000);
	return {
		n: Math.min(20_000, Math.max(1, n)),
		seed: Number(url.searchParams.get('seed')) || 42,
		readonly: url.searchParams.get('readonly') !== '0',
		/** Diff highlights and cadence dots on some seats, to look at them. */
		marks: url.searchParams.get('marks') === '1'
	};
};
