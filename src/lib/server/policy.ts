import type { Actor } from '$lib/domain/access/schema';
import { checkDraft, type CheckResult } from '$lib/domain/policy/check/check';
import type { CheckRequest } from '$lib/domain/policy/check/model';
import * as brand from './store/brand';
import * as policies from './store/policy';
import type { PolicyContext } from './store/policy';
import { loadDraftCheckModel, loadPolicyModel } from './policy-models';
import { workspaceCatalogue } from './workspace-library';

/** What the policy is checked against: this workspace's catalogue and models/policy.json. */
export async function policyContext(): Promise<PolicyContext> {
	return { catalogue: await workspaceCatalogue(), model: loadPolicyModel() };
}

/** The reading level a brand layer aims at until someone sets it (models/draft-check.json). */
export const defaultReadingLevel = () => loadDraftCheckModel().readingLevel.default;

/**
 * Checks a draft against the audience's brand layer and the checklist of the approved policy
 * (the draft's checklist before any approval); 404 when the audience is not in the current scenario.
 */
export async function runCheck(actor: Actor, request: CheckRequest): Promise<CheckResult> {
	const model = loadDraftCheckModel();
	const [state, layer] = await Promise.all([
		policies.get(actor, await policyContext()),
		brand.get(actor, request.audienceId, model.readingLevel.default)
	]);
	const checklist = (state.approved?.policy ?? state.policy).checklist;
	return checkDraft(request.text, layer.layer, checklist, model);
}
