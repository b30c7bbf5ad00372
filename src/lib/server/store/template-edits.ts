import type { Actor } from '../../domain/access/schema';
import { canEditTemplate } from '../../domain/access/templates';
import type { Activity } from '../../domain/catalogue/schema';
import { custodianCrafts } from '../../domain/policy/custodians';
import type { WorkflowTemplate } from '../../domain/workflow/schema';
import { checkTemplate, templateCrafts } from '../../domain/workflow/template-edit';
import { forbidden, invalid, notFound } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import * as events from './events';
import { nowIso } from './ids';
import type { TemplateEditRecord } from './template-records';

/** What an edit is checked against: the models/ templates and the catalogue's activities. */
export interface TemplateContext {
	defaults: readonly WorkflowTemplate[];
	activities: readonly Pick<Activity, 'id' | 'craft'>[];
}

/** Every edit record by template id, resets (template null) included. */
export async function records(): Promise<Map<string, TemplateEditRecord>> {
	return read(async (tx) => new Map((await tx.all('templateEdits')).map((r) => [r.id, r])));
}

/** The edited templates by id: what replaces the models/ template of that id in this workspace. */
export async function edits(): Promise<Map<string, WorkflowTemplate>> {
	const out = new Map<string, WorkflowTemplate>();
	for (const [id, r] of await records()) if (r.template) out.set(id, r.template);
	return out;
}

const craftsIn = async (tx: Tx, actor: Actor): Promise<string[]> => {
	const member = await tx.get('members', actor.id);
	const current = (await tx.find('scenarios', 'status', 'current'))[0];
	return member ? custodianCrafts(current, member.email) : [];
};

/** The crafts `actor` is custodian of in the current scenario (what a custodian may edit). */
export const custodianCraftsOf = (actor: Actor) => read((tx) => craftsIn(tx, actor));

/** The record of `id` and the template the workspace uses now; 404 when models/ has no such template. */
async function currentOf(tx: Tx, id: string, ctx: TemplateContext) {
	const base = ctx.defaults.find((t) => t.id === id);
	if (!base) throw notFound('Template');
	const record = await tx.get('templateEdits', id);
	return { record, template: record?.template ?? base, version: record?.version ?? 0 };
}

async function assertMayEdit(
	tx: Tx,
	actor: Actor,
	template: WorkflowTemplate,
	ctx: TemplateContext
) {
	const crafts = await craftsIn(tx, actor);
	if (!canEditTemplate(actor, templateCrafts(template, ctx.activities), crafts))
		throw forbidden(
			actor.role === 'custodian'
				? `You edit the templates that use your craft (${crafts.join(', ') || 'none in the current scenario'}); "${template.name}" does not.`
				: 'Only admins and the custodians of its crafts edit a workflow template.'
		);
}

async function store(
	tx: Tx,
	actor: Actor,
	id: string,
	template: WorkflowTemplate | null,
	version: number
) {
	const next: TemplateEditRecord = {
		id,
		template,
		version: version + 1,
		updatedAt: nowIso(),
		updatedBy: actor.id
	};
	if (version === 0) await tx.insert('templateEdits', id, next);
	else await tx.replace('templateEdits', id, next, version);
	return next;
}

/**
 * Saves `raw` as this workspace's version of template `id` if `expectedVersion` is still current
 * (0 while it is the models/ default; else 409). 403 unless `actor` may edit it; 400 naming the
 * field when the one template schema, its id or the catalogue refuses it. Recorded as an event.
 */
export async function save(
	actor: Actor,
	id: string,
	raw: unknown,
	expectedVersion: number,
	ctx: TemplateContext
): Promise<TemplateEditRecord> {
	return write(async (tx) => {
		const current = await currentOf(tx, id, ctx);
		await assertMayEdit(tx, actor, current.template, ctx);
		expectVersion(current, expectedVersion, `The template "${current.template.name}"`);
		const checked = checkTemplate(raw, id, new Set(ctx.activities.map((a) => a.id)));
		if (!checked.ok)
			throw invalid(`${checked.issues[0]!.path}: ${checked.issues[0]!.message}`, checked.issues);
		const saved = await store(tx, actor, id, checked.template, current.version);
		await events.record(tx, {
			at: saved.updatedAt,
			actorId: actor.id,
			action: 'template.edited',
			subjectId: id,
			summary: `Template "${checked.template.name}" edited (version ${saved.version})`
		});
		return saved;
	});
}

/**
 * Drops the workspace's edit of template `id`, so the models/ default applies again; the same
 * version check and access rule as `save`. Resetting a template with no edit changes nothing.
 */
export async function reset(
	actor: Actor,
	id: string,
	expectedVersion: number,
	ctx: TemplateContext
): Promise<TemplateEditRecord | null> {
	return write(async (tx) => {
		const current = await currentOf(tx, id, ctx);
		await assertMayEdit(tx, actor, current.template, ctx);
		expectVersion(current, expectedVersion, `The template "${current.template.name}"`);
		if (!current.record?.template) return current.record ?? null;
		const saved = await store(tx, actor, id, null, current.version);
		await events.record(tx, {
			at: saved.updatedAt,
			actorId: actor.id,
			action: 'template.reset',
			subjectId: id,
			summary: `Template "${current.template.name}" reset to the default`
		});
		return saved;
	});
}
