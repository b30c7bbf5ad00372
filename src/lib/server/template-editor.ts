import { z } from 'zod';
import type { Actor } from '$lib/domain/access/schema';
import type { Activity } from '$lib/domain/catalogue/schema';
import { canEditTemplate } from '$lib/domain/access/templates';
import type { WorkflowTemplate } from '$lib/domain/workflow/schema';
import { templateCrafts } from '$lib/domain/workflow/template-edit';
import { notFound } from './errors';
import * as members from './store/members';
import * as policies from './store/policy';
import * as templateEdits from './store/template-edits';
import { loadWorkflowTemplates } from './workflow-templates';
import { workspaceCatalogue, workspaceTemplates } from './workspace-library';

/** PUT /api/v1/templates/:id: the whole template and the version last read (0: the default). */
export const saveTemplateSchema = z.strictObject({
	template: z.unknown(),
	version: z.number().int('expected a whole number').min(0)
});
/** DELETE /api/v1/templates/:id (reset to default): the version last read. */
export const resetTemplateSchema = z.strictObject({
	version: z.number().int('expected a whole number').min(0)
});

/** One template as the list shows it. */
export interface TemplateSummary {
	id: string;
	name: string;
	summary: string;
	source: 'default' | 'edited';
	/** Write version: 0 while it is the models/ default and was never edited. */
	version: number;
	updatedAt: string | null;
	updatedByName: string | null;
	canEdit: boolean;
}

/** The gate the approved guardrail policy puts on the steps of an activity, where it puts one. */
export interface PolicyGate {
	reviewer: string;
	checklist: string[];
}

export async function templateContext(): Promise<{
	defaults: WorkflowTemplate[];
	activities: Activity[];
}> {
	return { defaults: loadWorkflowTemplates(), activities: (await workspaceCatalogue()).activities };
}

async function summaries(actor: Actor) {
	const [ctx, records, crafts, templates] = await Promise.all([
		templateContext(),
		templateEdits.records(),
		templateEdits.custodianCraftsOf(actor),
		workspaceTemplates()
	]);
	const names = new Map((await members.list()).map((m) => [m.id, m.name]));
	const list = templates.map((t): TemplateSummary & { template: WorkflowTemplate } => {
		const r = records.get(t.id);
		return {
			id: t.id,
			name: t.name,
			summary: t.summary,
			source: r?.template ? 'edited' : 'default',
			version: r?.version ?? 0,
			updatedAt: r?.updatedAt ?? null,
			updatedByName: r ? (names.get(r.updatedBy) ?? 'former member') : null,
			canEdit: canEditTemplate(actor, templateCrafts(t, ctx.activities), crafts),
			template: t
		};
	});
	return { ctx, list };
}

/** Every template as this workspace uses it, with whether it is edited and whether `actor` may edit it. */
export async function listTemplates(actor: Actor): Promise<TemplateSummary[]> {
	return (await summaries(actor)).list.map(({ template: _t, ...s }) => s);
}

/**
 * One template for the editor: as the workspace uses it, its models/ default, the catalogue's
 * activities to pick from and, by activity id, the gate the approved policy puts on its steps
 * (404 for an unknown id).
 */
export async function templateDetail(actor: Actor, id: string) {
	const [{ ctx, list }, approved] = await Promise.all([
		summaries(actor),
		policies.approvedPolicy()
	]);
	const found = list.find((t) => t.id === id);
	if (!found) throw notFound('Template');
	const items = new Map((approved?.checklist ?? []).map((i) => [i.id, i.text]));
	const policyGates: Record<string, PolicyGate> = {};
	for (const rule of approved?.rules ?? [])
		if (rule.level === 'ai-draft-human-review')
			policyGates[rule.activityId] = {
				reviewer: rule.reviewer,
				checklist: rule.checklist.map((c) => items.get(c) ?? c)
			};
	const { template, ...summary } = found;
	return {
		...summary,
		template,
		defaultTemplate: ctx.defaults.find((t) => t.id === id)!,
		activities: ctx.activities.map((a) => ({ id: a.id, name: a.name, craft: a.craft })),
		policyGates
	};
}
