import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Performer } from '$lib/domain/workflow/schema';
import { loadCatalogue } from './catalogue';
import { AppError } from './errors';
import { closeAll, write } from './store/db';
import * as templateEdits from './store/template-edits';
import { loadWorkflowTemplates } from './workflow-templates';
import { workspaceRunLibrary } from './workflows';
import { workspaceSimulationLibrary, workspaceTemplates } from './workspace-library';

const admin = { id: 'admin-1', role: 'admin' as const };
const ctx = () => ({ defaults: loadWorkflowTemplates(), activities: loadCatalogue().activities });
const paid = () => structuredClone(loadWorkflowTemplates().find((t) => t.id === 'paid-campaign')!);
const ads = (
	templates: { id: string; phases: { steps: { id: string; performer: string }[] }[] }[]
) =>
	templates
		.find((t) => t.id === 'paid-campaign')!
		.phases.flatMap((p) => p.steps)
		.find((s) => s.id === 'ads')!;

beforeEach(async () => {
	await closeAll();
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-templates-'));
});

describe('the workspace’s templates', () => {
	it('are the models/ templates until one is edited', async () => {
		expect(await workspaceTemplates()).toEqual(loadWorkflowTemplates());
	});

	it('put an edit in place of the default for the simulation and for new runs, until reset', async () => {
		const edited = paid();
		edited.phases[1]!.steps[0]!.performer = 'audience-owner' as Performer;
		await templateEdits.save(admin, 'paid-campaign', edited, 0, ctx());
		expect(ads(await workspaceTemplates()).performer).toBe('audience-owner');
		expect(ads((await workspaceSimulationLibrary()).templates).performer).toBe('audience-owner');
		expect(ads((await workspaceRunLibrary()).templates).performer).toBe('audience-owner');
		expect((await workspaceTemplates()).map((t) => t.id)).toEqual(
			loadWorkflowTemplates().map((t) => t.id)
		);
		await templateEdits.reset(admin, 'paid-campaign', 1, ctx());
		expect(ads((await workspaceSimulationLibrary()).templates).performer).toBe('craft:design');
	});

	it('change nothing when an edit is refused', async () => {
		const looped = paid();
		looped.phases[0]!.steps[0]!.dependsOn = ['report'];
		const refused = await templateEdits.save(admin, 'paid-campaign', looped, 0, ctx()).then(
			() => null,
			(err: unknown) => err
		);
		expect(refused).toBeInstanceOf(AppError);
		expect((refused as AppError).message).toContain('forms a cycle: brief → report');
		expect(await workspaceTemplates()).toEqual(loadWorkflowTemplates());
	});

	it('leave out an edit whose activity the catalogue no longer has', async () => {
		const stale = paid();
		stale.phases[0]!.steps[0]!.activityId = 'retired-activity';
		await write((tx) =>
			tx.insert('templateEdits', 'paid-campaign', {
				id: 'paid-campaign',
				template: stale,
				version: 1,
				updatedAt: '2026-01-05T09:00:00.000Z',
				updatedBy: 'admin-1'
			})
		);
		expect(await workspaceTemplates()).toEqual(loadWorkflowTemplates());
	});
});
