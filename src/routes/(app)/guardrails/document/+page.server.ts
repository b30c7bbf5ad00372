import { loading } from '$lib/server/forms';
import { documentData } from '$lib/server/policy-document';
import * as policies from '$lib/server/store/policy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => ({
		document: await documentData(locals.user!, url.searchParams.get('version')),
		versions: await policies.versions(locals.user!)
	}));
