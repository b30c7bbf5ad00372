import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { listTemplates } from '$lib/server/template-editor';
import type { RequestHandler } from './$types';

/** Every workflow template as this workspace uses it: edited or default, its version, who may edit. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	return json({ templates: await listTemplates(requireUser(locals)) });
});
