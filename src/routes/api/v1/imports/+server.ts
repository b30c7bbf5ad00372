import { json } from '@sveltejs/kit';
import { can } from '$lib/domain/access/permissions';
import { previewBody } from '$lib/domain/scenario/import-api';
import { decodeImport } from '$lib/domain/scenario/import-decode';
import { importQuerySchema, queryMapping } from '$lib/domain/scenario/import-query';
import { MAX_IMPORT_BYTES, runImport } from '$lib/domain/scenario/import-run';
import { endpoint, readBody, validate } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { forbidden, invalid } from '$lib/server/errors';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

const types = /^(text\/(csv|plain|tab-separated-values)|application\/(csv|json|vnd\.ms-excel))\b/i;

/** `POST /api/v1/imports?commit=…`: the file is the body; README "Import" documents the rest. */
export const POST: RequestHandler = endpoint(async ({ request, locals, url }) => {
	const user = requireUser(locals);
	if (!can(user, 'scenarios.create'))
		throw forbidden('Only admins and leaders can import scenarios.');
	const query = validate(importQuerySchema, Object.fromEntries(url.searchParams));
	const type = request.headers.get('content-type') ?? '';
	if (!types.test(type))
		throw invalid('Send the file as the body with Content-Type: text/csv or application/json', [
			{ path: '(headers).content-type', message: 'expected text/csv or application/json' }
		]);
	const decoded = decodeImport(await readBody(request, MAX_IMPORT_BYTES), 'The body');
	if ('error' in decoded)
		throw invalid(decoded.error, [{ path: '(body)', message: decoded.error }]);
	if (decoded.text.trim() === '')
		throw invalid('The body is empty: send the CSV or JSON file as the request body.');
	const outcome = await runImport({
		text: decoded.text,
		source: 'the request body',
		format: /json/i.test(type) ? 'json' : 'csv',
		name: query.name,
		structure: query.structure ?? '',
		mapping: queryMapping(query),
		notes: decoded.note ? [decoded.note] : []
	});
	const preview = previewBody(outcome);
	if (!query.commit) return json({ preview });
	if (!outcome.design) {
		const n = preview.errorCount;
		const message = `Nothing was saved: the import has ${n === 1 ? 'an error' : `${n.toLocaleString('en')} errors`}, listed in preview.errors.`;
		return json(
			{ error: { code: 'import_invalid', message, issues: [] }, preview },
			{ status: 422 }
		);
	}
	return json({ scenario: await scenarios.create(user, outcome.design), preview }, { status: 201 });
});
