import { brandMarkdown } from '$lib/domain/policy/markdown';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { defaultReadingLevel } from '$lib/server/policy';
import * as brand from '$lib/server/store/brand';
import type { RequestHandler } from './$types';

/** The audience's brand layer as one Markdown file, to load into an AI assistant's context. */
export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const state = await brand.get(requireUser(locals), params.audienceId, defaultReadingLevel());
	return new Response(brandMarkdown(state.audience.name, state.layer), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="brand-layer-${state.audience.id}.md"`
		}
	});
});
