import type { Activity } from '../catalogue/schema';
import { formatPath, zodIssues, type Issue } from '../shared/issues';
import { stepsOf, workflowTemplateSchema, type WorkflowTemplate } from './schema';

/**
 * The crafts a template's work touches: the craft of each step's activity and every craft a
 * performer or reviewer rule names (`craft:x`, `lead:x`). Who may edit it follows from these.
 */
export function templateCrafts(
	template: WorkflowTemplate,
	activities: readonly Pick<Activity, 'id' | 'craft'>[]
): string[] {
	const craftOf = new Map(activities.map((a) => [a.id, a.craft]));
	const named = (rule: string | undefined) =>
		rule && /^(craft|lead):/.test(rule) ? [rule.slice(rule.indexOf(':') + 1)] : [];
	const crafts = stepsOf(template).flatMap((s) => [
		...(craftOf.get(s.activityId) ? [craftOf.get(s.activityId)!] : []),
		...named(s.performer),
		...named(s.review?.reviewer)
	]);
	return [...new Set(crafts)].sort();
}

export type TemplateCheck =
	{ ok: true; template: WorkflowTemplate } | { ok: false; issues: Issue[] };

/**
 * Checks an edited template with the one template schema, then that it keeps its id (`id`) and
 * that each step's activity is in the catalogue (`knownActivities`). Issues name the field the way
 * a reader types it: `phases[1].steps[0].dependsOn[0]: forms a cycle: brief → plan → brief`.
 */
export function checkTemplate(
	raw: unknown,
	id: string,
	knownActivities: ReadonlySet<string>
): TemplateCheck {
	const parsed = workflowTemplateSchema.safeParse(raw);
	if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
	const template = parsed.data;
	const issues: Issue[] = [];
	if (template.id !== id)
		issues.push({ path: 'id', message: `expected "${id}": a template keeps its id when edited` });
	template.phases.forEach((p, pi) =>
		p.steps.forEach((s, si) => {
			if (!knownActivities.has(s.activityId))
				issues.push({
					path: formatPath(['phases', pi, 'steps', si, 'activityId']),
					message: `expected an activity id from the catalogue, found "${s.activityId}"`
				});
		})
	);
	return issues.length > 0 ? { ok: false, issues } : { ok: true, template };
}

/** The workspace's templates: `defaults` (models/) with each edit replacing the one of its id. */
export function withEdits(
	defaults: readonly WorkflowTemplate[],
	edits: ReadonlyMap<string, WorkflowTemplate>
): WorkflowTemplate[] {
	return defaults.map((t) => structuredClone(edits.get(t.id) ?? t));
}
