import type { Activity } from '../catalogue/schema';
import type { Step, WorkflowTemplate } from '../workflow/schema';
import type { Policy, Rule } from './schema';

const noAi: Activity['aiShare'] = [0, 0, 0, 0];

/** The template reviewer for a rule: the craft's standard-setter; a seat rule falls back to the activity's craft. */
const reviewerOf = (rule: Rule, activity: Activity) =>
	rule.reviewer.startsWith('craft:')
		? (`lead:${rule.reviewer.slice(6)}` as const)
		: (`lead:${activity.craft}` as const);

/**
 * The catalogue and templates as an approved policy lets the simulation use them: a `human-only`
 * activity absorbs no effort into AI at any level; a step of an `ai-draft-human-review` activity
 * without a review gate gets one at the end, by the rule's reviewer, checking the rule's
 * checklist (its hours and rework follow the simulation's gate parameters). `ai-autonomous`
 * changes nothing. Pure: the inputs are not changed.
 */
export function applyPolicy(
	activities: readonly Activity[],
	templates: readonly WorkflowTemplate[],
	policy: Policy
): { activities: Activity[]; templates: WorkflowTemplate[] } {
	const rules = new Map(policy.rules.map((r) => [r.activityId, r]));
	const items = new Map(policy.checklist.map((i) => [i.id, i.text]));
	const byId = new Map(activities.map((a) => [a.id, a]));
	const gated = (step: Step): Step => {
		const rule = rules.get(step.activityId);
		const activity = byId.get(step.activityId);
		if (step.review || !rule || !activity || rule.level !== 'ai-draft-human-review') return step;
		const checklist = rule.checklist.map((id) => items.get(id) ?? id).slice(0, 20);
		return {
			...step,
			review: {
				reviewer: reviewerOf(rule, activity),
				checklist: checklist.length > 0 ? checklist : ['The AI draft follows the guardrail policy'],
				timing: 'end'
			}
		};
	};
	return {
		activities: activities.map((a) =>
			rules.get(a.id)?.level === 'human-only' ? { ...a, aiShare: noAi } : a
		),
		templates: templates.map((t) => ({
			...t,
			phases: t.phases.map((p) => ({ ...p, steps: p.steps.map(gated) }))
		}))
	};
}
