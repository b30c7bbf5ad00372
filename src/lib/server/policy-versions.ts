import type { Actor } from '$lib/domain/access/schema';
import { diffPolicies, type PolicyDiff } from '$lib/domain/policy/diff';
import type { Policy } from '$lib/domain/policy/schema';
import { invalid } from './errors';
import * as policies from './store/policy';
import type { PolicyContext } from './store/policy';

/** A version number from a URL part, or a 400 naming `field`. */
export function versionNumber(raw: string, field: string): number {
	const n = Number(raw);
	if (!/^\d{1,6}$/.test(raw) || n < 1)
		throw invalid(`${field}: expected a version number such as 1`, [
			{ path: field, message: 'expected a version number such as 1' }
		]);
	return n;
}

async function policyAt(
	actor: Actor,
	which: string,
	field: string,
	ctx: PolicyContext
): Promise<Policy> {
	if (which === 'draft') return (await policies.get(actor, ctx)).policy;
	return (await policies.version(actor, versionNumber(which, field))).policy;
}

/** The diff from version `from` to version `to` (either may be `draft`); 404 for a missing version. */
export async function diffBetween(
	actor: Actor,
	from: string,
	to: string,
	ctx: PolicyContext
): Promise<{ from: string; to: string; diff: PolicyDiff }> {
	const [before, after] = await Promise.all([
		policyAt(actor, from, '(query).from', ctx),
		policyAt(actor, to, '(query).to', ctx)
	]);
	return { from, to, diff: diffPolicies(before, after) };
}
