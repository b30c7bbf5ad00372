import { loading } from '$lib/server/forms';
import { policyContext } from '$lib/server/policy';
import { diffBetween } from '$lib/server/policy-versions';
import * as policies from '$lib/server/store/policy';
import type { PageServerLoad } from './$types';

/** The newest two versions by default; the newest and the draft when only one exists. */
function defaults(numbers: number[]): { from: string; to: string } | null {
	if (numbers.length >= 2) return { from: String(numbers[1]), to: String(numbers[0]) };
	if (numbers.length === 1) return { from: String(numbers[0]), to: 'draft' };
	return null;
}

export const load: PageServerLoad = ({ locals, url }) =>
	loading(async () => {
		const user = locals.user!;
		const ctx = await policyContext();
		const versions = await policies.versions(user);
		const asked = url.searchParams.get('from') && url.searchParams.get('to');
		const pair = asked
			? { from: url.searchParams.get('from')!, to: url.searchParams.get('to')! }
			: defaults(versions.map((v) => v.number));
		return {
			versions,
			pair,
			diff: pair ? (await diffBetween(user, pair.from, pair.to, ctx)).diff : null,
			names: Object.fromEntries(ctx.catalogue.activities.map((a) => [a.id, a.name]))
		};
	});
