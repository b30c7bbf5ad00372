import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/access/schema';
import type { Performer } from '$lib/domain/workflow/schema';
import { AppError } from './errors';
import { runSetup } from './setup';
import { closeAll } from './store/db';
import * as templateEdits from './store/template-edits';
import { previewOf } from './template-preview';
import { loadWorkflowTemplates } from './workflow-templates';

let admin: Actor;
const paid = () => structuredClone(loadWorkflowTemplates().find((t) => t.id === 'paid-campaign')!);

beforeAll(async () => {
	await closeAll();
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-preview-'));
	const created = await runSetup({
		workspace: 'Quillstone',
		name: 'Ada Admin',
		email: 'ada@example.test',
		password: 'a long admin passphrase',
		demo: true
	});
	admin = { id: created.id, role: created.role };
});

const shown = async (draft?: unknown) => {
	const answer = await previewOf(admin, 'paid-campaign', draft);
	if (answer.kind !== 'preview') throw new Error('expected a preview of the demo scenario');
	return answer;
};

describe('the template preview on the current scenario', () => {
	it('says who does each step and simulates the template’s lead time', async () => {
		const answer = await shown();
		expect(answer.preview.steps.map((s) => s.stepId)).toContain('ads');
		expect(answer.preview.steps.every((s) => s.doneBy.length > 0)).toBe(true);
		expect(answer.leadTime!.meanDays).toBeGreaterThan(0);
	});

	it('previews an unsaved draft without storing it', async () => {
		const draft = paid();
		draft.phases[1]!.steps[0]!.performer = 'craft:analytics' as Performer;
		const before = await shown();
		const after = await shown(draft);
		const ads = (a: typeof before) => a.preview.steps.find((s) => s.stepId === 'ads')!.doneBy;
		expect(ads(after)).not.toEqual(ads(before));
		expect(after.leadTime!.meanDays).not.toBe(before.leadTime!.meanDays);
		expect(await templateEdits.records()).toEqual(new Map());
	});

	it('refuses a draft with a cycle, naming the steps', async () => {
		const looped = paid();
		looped.phases[0]!.steps[0]!.dependsOn = ['plan'];
		const err = await previewOf(admin, 'paid-campaign', looped).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(AppError);
		expect((err as AppError).message).toBe(
			'phases[0].steps[1].dependsOn[0]: forms a cycle: brief → plan → brief'
		);
	});
});
