import { loading } from '$lib/server/forms';
import { listTemplates } from '$lib/server/template-editor';
import type { PageServerLoad } from './$types';

/** The workflow templates as this workspace uses them, edited or default. */
export const load: PageServerLoad = ({ locals }) =>
	loading(async () => ({ templates: await listTemplates(locals.user!) }));
