import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as scenarioHistory from '$lib/server/store/scenario-history';
import type { RequestHandler } from './$types';

/** `version`: the revision to bring back; `expectedVersion`: the current version the client read. */
const body = z.strictObject({
	version: z.number().int().min(1),
	expectedVersion: z.number().int().min(1)
});

export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const { version, expectedVersion } = await readJson(request, body);
	return json(
		await scenarioHistory.restore(requireUser(locals), params.id, version, expectedVersion)
	);
});
