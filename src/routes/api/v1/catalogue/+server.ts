import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as catalogueOverrides from '$lib/server/store/catalogue-overrides';
import { workspaceCatalogue } from '$lib/server/workspace-library';
import type { RequestHandler } from './$types';

/** The activity catalogue as this workspace uses it, with the overrides and their version. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	requireUser(locals);
	const { overrides, version, updatedAt, updatedBy } = await catalogueOverrides.get();
	const { activities } = await workspaceCatalogue();
	return json({ activities, overrides, version, updatedAt, updatedBy });
});
