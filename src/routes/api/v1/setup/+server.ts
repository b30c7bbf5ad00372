import { json } from '@sveltejs/kit';
import { setupSchema } from '$lib/domain/access/schema';
import { endpoint, readJson } from '$lib/server/api';
import { AppError } from '$lib/server/errors';
import { runSetup } from '$lib/server/setup';
import { toPublic } from '$lib/server/store/members';
import * as workspace from '$lib/server/store/workspace';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(async ({ request }) => {
	if (await workspace.isSetUp())
		throw new AppError(409, 'setup_closed', 'This workspace is already set up. Sign in instead.');
	const input = await readJson(request, setupSchema);
	const admin = await runSetup(input);
	return json({ workspace: await workspace.get(), member: toPublic(admin) }, { status: 201 });
});
