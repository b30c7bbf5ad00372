import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { previewOf } from '$lib/server/template-preview';
import type { RequestHandler } from './$types';

const previewRequestSchema = z.strictObject({
	template: z.unknown().optional(),
	audienceId: z.string().max(64).optional()
});

/**
 * The template (or the unsaved `template` draft of it) resolved against the current scenario:
 * for `audienceId` (else its first audience): who does each step, the hand-offs and the
 * simulated lead time. Any member; nothing is stored.
 */
export const POST: RequestHandler = endpoint(async ({ locals, params, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, previewRequestSchema);
	return json(await previewOf(user, params.id, body.template, body.audienceId));
});
