import { json } from '@sveltejs/kit';
import { designOf } from '$lib/domain/scenario/schema';
import { endpoint } from '$lib/server/api';
import * as shareLinks from '$lib/server/store/share-links';
import type { RequestHandler } from './$types';

/** The design behind a read-only link: no authors, versions or other workspace data. */
export const GET: RequestHandler = endpoint(async ({ params }) => {
	return json(designOf(await shareLinks.resolve(params.token)));
});
