import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { defaultReadingLevel } from '$lib/server/policy';
import * as brand from '$lib/server/store/brand';
import type { RequestHandler } from './$types';

/** The brand layer of every audience of the current scenario. */
export const GET: RequestHandler = endpoint(async ({ locals }) => {
	return json({ layers: await brand.list(requireUser(locals), defaultReadingLevel()) });
});
