import { redirect } from '@sveltejs/kit';
import * as workspace from '$lib/server/store/workspace';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	return { user: locals.user, workspaceName: (await workspace.get())?.name ?? 'Orgcraft' };
};
