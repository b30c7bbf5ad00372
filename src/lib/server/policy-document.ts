import type { Actor } from '$lib/domain/access/schema';
import type { BrandLayer } from '$lib/domain/policy/brand';
import { policyDocument, type PolicyDocument } from '$lib/domain/policy/document';
import type { PolicyVersion } from '$lib/domain/policy/schema';
import { defaultReadingLevel, policyContext } from './policy';
import { versionNumber } from './policy-versions';
import * as brand from './store/brand';
import * as policies from './store/policy';
import * as scenarios from './store/scenarios';

export interface DocumentData {
	version: Omit<PolicyVersion, 'policy'>;
	doc: PolicyDocument;
	/** The brand layers written so far, by audience name. */
	brand: { audienceId: string; audience: string; layer: BrandLayer }[];
}

/**
 * The readable policy of approved version `which` (a number, or null for the newest), with the
 * current brand layers; null when nothing is approved yet, 404 for a missing version.
 */
export async function documentData(
	actor: Actor,
	which: string | null
): Promise<DocumentData | null> {
	const ctx = await policyContext();
	const state = await policies.get(actor, ctx);
	const approved =
		which === null
			? state.approved
			: await policies.version(actor, versionNumber(which, '(query).version'));
	if (!approved) return null;
	const [current, layers] = await Promise.all([
		scenarios.current(actor),
		brand.list(actor, defaultReadingLevel())
	]);
	const { policy, ...version } = approved;
	return {
		version,
		doc: policyDocument(policy, ctx.catalogue.activities, current?.seats ?? []),
		brand: layers
			.filter((l) => l.updatedAt !== null)
			.map((l) => ({ audienceId: l.audience.id, audience: l.audience.name, layer: l.layer }))
	};
}
