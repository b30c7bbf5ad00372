import type { Activity } from '../catalogue/schema';
import type { Policy, Rule } from '../policy/schema';
import type { Design } from '../scenario/schema';
import { resolveRule } from './performers';
import type { ApprovalSubject } from './run-schema';
import { stepsOf, type Review, type Step, type WorkflowTemplate } from './schema';

/** A review gate of a run; `seatIds` is set when the guardrail policy names who reviews. */
export interface ReviewGate extends Review {
	seatIds?: string[];
}

/** What the approved guardrail policy needs to place gates in one run. */
export interface GatePolicy {
	policy: Policy;
	design: Design;
	audienceId: string;
	activities: readonly Pick<Activity, 'id' | 'craft' | 'scope'>[];
}

const noWork = { crafts: [], benchActivities: [] };

/** The seats a rule's reviewer names: `seat:<id>` that seat, `craft:<craft>` its lead or custodian. */
function reviewerSeats(rule: Rule, step: Step, p: GatePolicy): string[] {
	if (rule.reviewer.startsWith('seat:')) {
		const id = rule.reviewer.slice(5);
		return p.design.seats.some((s) => s.id === id) ? [id] : [];
	}
	const craft = rule.reviewer.slice(6);
	const activity = p.activities.find((a) => a.id === step.activityId);
	return resolveRule(`lead:${craft}`, p.design, p.audienceId, activity, noWork, true).seats;
}

/** The gate an `ai-draft-human-review` rule puts on `step`: the rule's reviewer and checklist. */
function policyGate(rule: Rule, step: Step, p: GatePolicy): ReviewGate {
	const items = new Map(p.policy.checklist.map((i) => [i.id, i.text]));
	const checklist = rule.checklist.map((id) => items.get(id) ?? id).slice(0, 20);
	const reviewer = rule.reviewer.startsWith('craft:')
		? (`lead:${rule.reviewer.slice(6)}` as const)
		: (step.review?.reviewer ?? 'audience-owner');
	return {
		reviewer,
		checklist:
			checklist.length > 0
				? checklist
				: (step.review?.checklist ?? ['The AI draft follows the guardrail policy']),
		timing: step.review?.timing ?? 'end',
		seatIds: reviewerSeats(rule, step, p)
	};
}

/**
 * The review gates a run of `template` passes, by step id. Without an approved guardrail policy
 * (PRODUCT.md C7) they are the template's; with one, a step whose activity's rule is
 * `ai-draft-human-review` is gated by the rule's reviewer (`craft:<craft>`: that craft's lead or
 * custodian seat; `seat:<id>`: that seat) against the rule's checklist, unless the step's own
 * gate is marked `overridesPolicy`; `human-only` and `ai-autonomous` steps keep the template's
 * gates. The policy plugs in here and nowhere else.
 */
export function reviewGatesOf(
	template: WorkflowTemplate,
	policy?: GatePolicy
): Map<string, ReviewGate> {
	const rules = new Map((policy?.policy.rules ?? []).map((r) => [r.activityId, r]));
	return new Map(
		stepsOf(template).flatMap((s): [string, ReviewGate][] => {
			const rule = rules.get(s.activityId);
			if (policy && rule?.level === 'ai-draft-human-review' && !s.review?.overridesPolicy)
				return [[s.id, policyGate(rule, s, policy)]];
			return s.review ? [[s.id, s.review]] : [];
		})
	);
}

const subjectByCraft: Record<string, ApprovalSubject> = {
	content: 'copy',
	'product-marketing': 'copy',
	communications: 'copy',
	social: 'copy',
	seo: 'copy',
	'sales-enablement': 'copy',
	design: 'design',
	brand: 'design',
	web: 'design',
	'paid-media': 'budget',
	'marketing-operations': 'timing',
	analytics: 'timing'
};

/**
 * What a gate on work of `craft` approves, so a sign-off names its subject (seed 001 separates
 * copy, design, strategy, budget and timing decisions); planning crafts approve strategy.
 */
export const approvalSubjectOf = (craft: string | undefined): ApprovalSubject =>
	(craft && subjectByCraft[craft]) || 'strategy';

/** What happens once a gate approves: the work it unlocks, and that later changes are revisions. */
export function afterApproval(next: readonly string[]): string {
	const unlocks = next.length === 0 ? 'the step is done' : `${next.join(' and ')} can start`;
	return `Once approved, ${unlocks}; any change after approval is a new revision round, and after the phase closes a scope or timeline change.`;
}
