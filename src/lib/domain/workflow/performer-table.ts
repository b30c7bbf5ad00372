import { structureLabels, type Design } from '../scenario/schema';
import { resolvePerformers, type ActivityFacts, type OwnerWork } from './performers';
import { stepsOf, type WorkflowTemplate } from './schema';

/** One step of a template as the design resolves it: who does it, who reviews it, and why. */
export interface PerformerRow {
	stepId: string;
	activityId: string;
	/** The template's rule, e.g. "craft:design". */
	rule: string;
	doneBy: string[];
	why: string;
	reviewedBy?: string[];
	reviewWhy?: string;
	reviewTiming?: 'start' | 'end';
}

export interface PerformerTable {
	structure: string;
	/** The audience the rows are resolved for: another audience goes to its own owner. */
	audienceId: string | null;
	templates: { templateId: string; name: string; rows: PerformerRow[] }[];
}

/**
 * Who does each step of every template in `design` and why (seat titles), resolved for the
 * design's first audience by the same rules the simulation uses (performers.ts).
 */
export function performerTable(
	design: Design,
	templates: readonly WorkflowTemplate[],
	activities: readonly ActivityFacts[],
	work: OwnerWork
): PerformerTable {
	const title = new Map(design.seats.map((s) => [s.id, s.title]));
	const titles = (ids: string[]) => ids.map((id) => title.get(id) ?? id);
	const audienceId = design.audiences[0]?.id ?? null;
	return {
		structure: structureLabels[design.structure],
		audienceId,
		templates: templates.map((t) => {
			const steps = new Map(stepsOf(t).map((s) => [s.id, s]));
			const resolved = resolvePerformers(t, design, audienceId ?? '', activities, work);
			return {
				templateId: t.id,
				name: t.name,
				rows: resolved.map((p): PerformerRow => {
					const step = steps.get(p.stepId)!;
					const row: PerformerRow = {
						stepId: p.stepId,
						activityId: step.activityId,
						rule: step.performer,
						doneBy: titles(p.seats),
						why: p.unresolved ?? p.why ?? ''
					};
					if (p.selfReview && step.review)
						Object.assign(row, { reviewedBy: [], reviewWhy: p.selfReview });
					if (p.review && step.review)
						Object.assign(row, {
							reviewedBy: titles(p.review.seats),
							reviewWhy: p.review.unresolved ?? p.review.why ?? '',
							reviewTiming: step.review.timing
						});
					return row;
				})
			};
		})
	};
}
