import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { audience, design, seat } from '../../domain/scenario/testing';
import type { WorkflowTemplate } from '../../domain/workflow/schema';
import { loadCatalogue } from '../catalogue';
import { AppError } from '../errors';
import { loadWorkflowTemplates } from '../workflow-templates';
import * as templateEdits from './template-edits';
import { caught, engines, recorded, seedCurrent, useEngine } from './testing';

const at = '2026-01-05T09:00:00.000Z';
const ctx = { defaults: loadWorkflowTemplates(), activities: loadCatalogue().activities };
const paid = () => structuredClone(ctx.defaults.find((t) => t.id === 'paid-campaign')!);

const ada: Actor = { id: 'ada', role: 'admin' };
const dee: Actor = { id: 'dee', role: 'custodian' };
const sam: Actor = { id: 'sam', role: 'custodian' };

/** A current scenario where dee is the design custodian and sam the custodian of a craft no template uses. */
function seedWorkspace() {
	return seedCurrent(
		design(
			[
				seat('cmo', null, { kind: 'cmo' }),
				seat('design', 'cmo', {
					kind: 'craft-custodian',
					craft: 'design',
					memberEmail: 'dee@example.test'
				}),
				seat('events', 'cmo', {
					kind: 'craft-custodian',
					craft: 'community',
					memberEmail: 'sam@example.test'
				})
			],
			[audience('fintech')]
		),
		[
			['ada', 'admin'],
			['dee', 'custodian'],
			['sam', 'custodian']
		],
		at
	);
}

const withPerformer = (t: WorkflowTemplate, performer: string) => {
	t.phases[1]!.steps[0]!.performer =
		performer as WorkflowTemplate['phases'][0]['steps'][0]['performer'];
	return t;
};

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('workflow template edits', () => {
		it('store an edit with its version and author, and read it back', async () => {
			await seedWorkspace();
			expect(await templateEdits.edits()).toEqual(new Map());
			const saved = await templateEdits.save(
				ada,
				'paid-campaign',
				withPerformer(paid(), 'kind:specialist'),
				0,
				ctx
			);
			expect(saved).toMatchObject({ id: 'paid-campaign', version: 1, updatedBy: 'ada' });
			const again = await templateEdits.save(
				ada,
				'paid-campaign',
				withPerformer(paid(), 'craft:brand'),
				1,
				ctx
			);
			expect(again.version).toBe(2);
			const edits = await templateEdits.edits();
			expect(edits.get('paid-campaign')!.phases[1]!.steps[0]!.performer).toBe('craft:brand');
			expect((await recorded()).at(-1)).toMatchObject({
				action: 'template.edited',
				actorId: 'ada',
				subjectId: 'paid-campaign',
				summary: 'Template "Paid campaign" edited (version 2)'
			});
		});

		it('refuse a dependency cycle naming the steps, changing nothing', async () => {
			await seedWorkspace();
			const looped = paid();
			looped.phases[0]!.steps[0]!.dependsOn = ['plan'];
			const err = await caught(templateEdits.save(ada, 'paid-campaign', looped, 0, ctx));
			expect(err).toBeInstanceOf(AppError);
			expect(err.status).toBe(400);
			expect(err.message).toMatch(/^phases\[\d\]\.steps\[\d\]\.dependsOn\[0\]: forms a cycle: /);
			expect(err.message).toContain('brief');
			expect(err.message).toContain('plan');
			expect(await templateEdits.records()).toEqual(new Map());
		});

		it.each<[string, (t: WorkflowTemplate) => unknown, string]>([
			[
				'an unknown activity',
				(t) => ((t.phases[0]!.steps[0]!.activityId = 'press-release'), t),
				'phases[0].steps[0].activityId'
			],
			['a changed id', (t) => ({ ...t, id: 'paid-campaign-2' }), 'id'],
			['a bad performer', (t) => withPerformer(t, 'someone'), 'phases[1].steps[0].performer'],
			['an unknown field', (t) => ({ ...t, colour: 'red' }), 'colour']
		])('refuse %s with 400 naming the field', async (_, change, path) => {
			await seedWorkspace();
			const err = await caught(templateEdits.save(ada, 'paid-campaign', change(paid()), 0, ctx));
			expect(err.status).toBe(400);
			expect(err.issues.map((i) => i.path)).toContain(path);
			expect(await templateEdits.records()).toEqual(new Map());
		});

		it('refuse a stale version with 409 and an unknown template with 404', async () => {
			await seedWorkspace();
			await templateEdits.save(ada, 'paid-campaign', paid(), 0, ctx);
			expect(await caught(templateEdits.save(ada, 'paid-campaign', paid(), 0, ctx))).toMatchObject({
				status: 409,
				details: { currentVersion: 1 }
			});
			expect((await caught(templateEdits.save(ada, 'no-such', paid(), 0, ctx))).status).toBe(404);
		});

		it('let the custodian of a craft the template uses edit it, and no other custodian', async () => {
			await seedWorkspace();
			const saved = await templateEdits.save(dee, 'paid-campaign', paid(), 0, ctx);
			expect(saved.updatedBy).toBe('dee');
			const err = await caught(templateEdits.save(sam, 'paid-campaign', paid(), 1, ctx));
			expect(err.status).toBe(403);
			expect(err.message).toContain('community');
			for (const role of ['leader', 'marketer'] as const)
				expect(
					(await caught(templateEdits.save({ id: 'ada', role }, 'paid-campaign', paid(), 1, ctx)))
						.status
				).toBe(403);
		});

		it('reset to the default: the edit is gone, the version keeps counting', async () => {
			await seedWorkspace();
			await templateEdits.save(ada, 'paid-campaign', withPerformer(paid(), 'craft:brand'), 0, ctx);
			const reset = await templateEdits.reset(ada, 'paid-campaign', 1, ctx);
			expect(reset).toMatchObject({ template: null, version: 2 });
			expect(await templateEdits.edits()).toEqual(new Map());
			expect((await recorded()).at(-1)).toMatchObject({ action: 'template.reset' });
			expect((await caught(templateEdits.save(ada, 'paid-campaign', paid(), 1, ctx))).status).toBe(
				409
			);
			expect((await templateEdits.save(ada, 'paid-campaign', paid(), 2, ctx)).version).toBe(3);
		});
	});
});
