import { designOf } from '$lib/domain/scenario/schema';
import { loading } from '$lib/server/forms';
import * as shareLinks from '$lib/server/store/share-links';
import type { PageServerLoad } from './$types';

/** A read-only link shows the design only: no author, versions or other workspace data. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	return { design: designOf(await loading(() => shareLinks.resolve(params.token))) };
};
