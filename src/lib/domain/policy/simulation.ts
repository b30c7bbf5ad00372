import type { Activity } from '../catalogue/schema';
import type { Step, WorkflowTemplate } from '../workflow/schema';
import type { Policy, Rule } from './schema';

const noAi: Activity['aiShare'] = [0, 0, 0, 0];

/** The template reviewer for a rule: the craft's standard-setter; a seat rule falls back to the activity's craft. */
const reviewerOf = (rule: Rule, activity: Activity) =>
	rule.reviewer.startsWith('craft:')
		? (`lead:${rule.reviewer.slice(6)}` as const)
		: (`lead:${activity.craft}` as const);

/** Where an approved policy added a review gate: `${templateId}/${stepId}`. */
export const aiGateKey = (templateId: string, stepId: string) => `${templateId}/${stepId}`;

/**
 * The catalogue and templates as an approved policy lets the simulation use them: a `human-only`
 * activity absorbs no effort into AI at any level; a step of an `ai-draft-human-review` activity
 * without a review gate gets one by the rule's reviewer, checking the rule's checklist (its hours
 * and rework follow the simulation's gate parameters). The gate is timed `start`: the checklist
 * and the custodian's standard are known before the draft is made, so a send-back is as likely
 * as after a custodian shaped the work (seed 002), not as after an open creative review. Its key
 * is listed in `aiGates`, so the simulation leaves it out where the step's seats draft without
 * AI (AI level 0, or an activity AI absorbs nothing of). `ai-autonomous` changes nothing. Pure:
 * the inputs are not changed.
 */
export function applyPolicy(
	activities: readonly Activity[],
	templates: readonly WorkflowTemplate[],
	policy: Policy
): { activities: Activity[]; templates: WorkflowTemplate[]; aiGates: string[] } {
	const rules = new Map(policy.rules.map((r) => [r.activityId, r]));
	const items = new Map(policy.checklist.map((i) => [i.id, i.text]));
	const byId = new Map(activities.map((a) => [a.id, a]));
	const aiGates: string[] = [];
	const gated = (templateId: string, step: Step): Step => {
		const rule = rules.get(step.activityId);
		const activity = byId.get(step.activityId);
		if (step.review || !rule || !activity || rule.level !== 'ai-draft-human-review') return step;
		const checklist = rule.checklist.map((id) => items.get(id) ?? id).slice(0, 20);
		aiGates.push(aiGateKey(templateId, step.id));
		return {
			...step,
			review: {
				reviewer: reviewerOf(rule, activity),
				checklist: checklist.length > 0 ? checklist : ['The AI draft follows the guardrail policy'],
				timing: 'start'
			}
		};
	};
	return {
		activities: activities.map((a) =>
			rules.get(a.id)?.level === 'human-only' ? { ...a, aiShare: noAi } : a
		),
		templates: templates.map((t) => ({
			...t,
			phases: t.phases.map((p) => ({ ...p, steps: p.steps.map((s) => gated(t.id, s)) }))
		})),
		aiGates
	};
}
