import { json } from '@sveltejs/kit';
import { endpoint } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { invalid } from '$lib/server/errors';
import * as scenarioHistory from '$lib/server/store/scenario-history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ locals, params }) => {
	const version = Number(params.version);
	if (!Number.isInteger(version) || version < 1)
		throw invalid('version must be a whole number from 1', [
			{ path: 'version', message: 'expected a whole number from 1' }
		]);
	return json({
		version,
		design: await scenarioHistory.revision(requireUser(locals), params.id, version)
	});
});
