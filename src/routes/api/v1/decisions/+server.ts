import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { idSchema } from '$lib/domain/scenario/schema';
import { endpoint, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import * as runs from '$lib/server/store/runs';
import type { RequestHandler } from './$types';

const querySchema = z.strictObject({ run: idSchema.optional() });

/** The decision log across runs, newest first; `?run=<id>` for one run's. */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const { run } = validate(querySchema, Object.fromEntries(url.searchParams));
	return json({ decisions: await runs.decisions(requireUser(locals), run) });
});
