import { json } from '@sveltejs/kit';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as templateEdits from '$lib/server/store/template-edits';
import {
	resetTemplateSchema,
	saveTemplateSchema,
	templateContext,
	templateDetail
} from '$lib/server/template-editor';
import type { RequestHandler } from './$types';

/** One template as the workspace uses it, its models/ default and its version. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json(await templateDetail(requireUser(locals), params.id));
});

/** Saves the workspace's edit: 400 naming the field, 403 for non-editors, 409 when stale. */
export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, saveTemplateSchema);
	await templateEdits.save(user, params.id, body.template, body.version, await templateContext());
	return json(await templateDetail(user, params.id));
});

/** Resets the template to the models/ default: the same access and version checks as PUT. */
export const DELETE: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, resetTemplateSchema);
	await templateEdits.reset(user, params.id, body.version, await templateContext());
	return json(await templateDetail(user, params.id));
});
