import { fileStem } from '$lib/domain/shared/files';
import { designToCsv } from '$lib/domain/scenario/csv';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { invalid } from '$lib/server/errors';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals, params, url }) => {
	const format = url.searchParams.get('format') ?? 'json';
	if (format !== 'json' && format !== 'csv')
		throw invalid(`format must be json or csv, not "${format}"`, [
			{ path: 'format', message: 'expected json or csv' }
		]);
	const scenario = await scenarios.get(requireUser(locals), params.id);
	const body = format === 'csv' ? designToCsv(scenario) : JSON.stringify(scenario, null, 2);
	return new Response(body, {
		headers: {
			'content-type':
				format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${fileStem(scenario.name)}.${format}"`
		}
	});
});
