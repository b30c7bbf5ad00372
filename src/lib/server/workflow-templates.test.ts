import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { ModelError } from './models';
import { getWorkflowTemplate, loadWorkflowTemplates } from './workflow-templates';

const eight = [
	'brand-rollout',
	'email-sequence',
	'monthly-retainer',
	'paid-campaign',
	'pipeline-report',
	'product-launch',
	'social-content-sprint',
	'website-launch'
];

describe('the shipped workflow templates', () => {
	const templates = loadWorkflowTemplates();

	it('are the eight starters, each loading', () => {
		expect(templates.map((t) => t.id)).toEqual(eight);
	});

	it('reference only catalogue activities, and each has a review gate', () => {
		const known = new Set(loadCatalogue().activities.map((a) => a.id));
		for (const t of templates) {
			const steps = t.phases.flatMap((p) => p.steps);
			expect(
				steps.every((s) => known.has(s.activityId)),
				t.id
			).toBe(true);
			expect(
				steps.some((s) => s.review),
				t.id
			).toBe(true);
		}
	});

	it('label every volume as an assumption with its reasoning', () => {
		for (const t of templates) {
			expect(t.volumeSource.grade, t.id).toBe('assumption');
			expect(t.volumeSource.note, t.id).toMatch(/^Assumption: .{20,}/);
		}
	});

	it('finds one template by id and returns copies', () => {
		const a = getWorkflowTemplate('paid-campaign')!;
		a.name = 'changed';
		expect(getWorkflowTemplate('paid-campaign')?.name).toBe('Paid campaign');
		expect(getWorkflowTemplate('nope')).toBeUndefined();
	});
});

describe('a damaged template folder', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	type Json = { id: string; phases: { steps: Record<string, unknown>[] }[] };
	/** A copy of models/ (catalogue and templates) with one template file edited. */
	const copy = (name: string, edit: (json: Json) => void) => {
		const dir = mkdtempSync(join(tmpdir(), 'orgcraft-templates-'));
		dirs.push(dir);
		const models = join(process.cwd(), 'models');
		cpSync(join(models, 'activities.json'), join(dir, 'activities.json'));
		cpSync(join(models, 'workflow-templates'), join(dir, 'workflow-templates'), {
			recursive: true
		});
		const file = join(dir, 'workflow-templates', `${name}.json`);
		const json = JSON.parse(readFileSync(file, 'utf8')) as Json;
		edit(json);
		writeFileSync(file, JSON.stringify(json));
		return { dir, file };
	};

	const errorOf = (dir: string) => {
		try {
			loadWorkflowTemplates(dir);
		} catch (err) {
			expect(err).toBeInstanceOf(ModelError);
			return err as ModelError;
		}
		throw new Error('expected the templates to be refused');
	};

	it('names the file and the field path of a dependency cycle', () => {
		const { dir, file } = copy('paid-campaign', (json) => {
			json.phases[0]!.steps[0]!.dependsOn = ['launch'];
		});
		const err = errorOf(dir);
		expect(err.issues).toEqual([
			{
				file,
				path: 'phases[0].steps[1].dependsOn[0]',
				message: 'forms a cycle: brief → launch → qa → channel-setup → ads → plan → brief'
			}
		]);
		expect(err.message).toBe(`${file}: ${err.issues[0]!.path}: ${err.issues[0]!.message}`);
	});

	it('refuses an unknown activity id, naming file and path', () => {
		const { dir, file } = copy('email-sequence', (json) => {
			json.phases[2]!.steps[1]!.activityId = 'drip-build';
		});
		expect(errorOf(dir).issues).toEqual([
			{
				file,
				path: 'phases[2].steps[1].activityId',
				message: 'expected an activity id from models/activities.json, found "drip-build"'
			}
		]);
	});

	it('refuses an id that does not match the file name', () => {
		const { dir } = copy('brand-rollout', (json) => {
			json.id = 'brand-launch';
		});
		expect(errorOf(dir).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
			'id: expected "brand-rollout" to match the file name, found "brand-launch"'
		]);
	});

	it('reports invalid JSON and a missing folder', () => {
		const { dir, file } = copy('pipeline-report', () => {});
		writeFileSync(file, '{ nope');
		expect(errorOf(dir).issues[0]).toMatchObject({
			file,
			message: expect.stringMatching(/^expected valid JSON/)
		});
		rmSync(join(dir, 'workflow-templates'), { recursive: true });
		expect(errorOf(dir).issues[0]?.message).toBe('folder not found');
	});
});
