import { json } from '@sveltejs/kit';
import { brandUpdateSchema } from '$lib/domain/policy/brand';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { defaultReadingLevel } from '$lib/server/policy';
import * as brand from '$lib/server/store/brand';
import type { RequestHandler } from './$types';

/** The audience's brand layer (empty until written) with its write version. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	return json(await brand.get(requireUser(locals), params.audienceId, defaultReadingLevel()));
});

/** Replaces the layer: `{ layer, version }`; admins, the brand custodian and the audience owner. */
export const PUT: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const { layer, version } = await readJson(request, brandUpdateSchema);
	return json(await brand.update(user, params.audienceId, layer, version));
});
