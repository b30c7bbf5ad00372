import { policyMarkdown } from '$lib/domain/policy/markdown';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { notFound } from '$lib/server/errors';
import { documentData } from '$lib/server/policy-document';
import type { RequestHandler } from './$types';

/** The approved policy (`?version=N`, else the newest) as one Markdown file. */
export const GET: RequestHandler = endpoint(async ({ locals, url }) => {
	const data = await documentData(requireUser(locals), url.searchParams.get('version'));
	if (!data) throw notFound('An approved version of the guardrail policy');
	const md = policyMarkdown(data.version, data.doc, data.brand);
	return new Response(md, {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="ai-guardrail-policy-v${data.version.number}.md"`
		}
	});
});
