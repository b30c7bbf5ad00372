import type { ApprovalSubject } from './run-schema';
import { stepsOf, type Review, type WorkflowTemplate } from './schema';

/**
 * The review gates a run of `template` passes, by step id. Today they come from the template;
 * the guardrail policy (PRODUCT.md C7) will decide them once it exists, here and nowhere else.
 */
export function reviewGatesOf(template: WorkflowTemplate): Map<string, Review> {
	return new Map(stepsOf(template).flatMap((s) => (s.review ? [[s.id, s.review] as const] : [])));
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
