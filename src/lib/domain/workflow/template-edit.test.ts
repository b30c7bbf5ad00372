import { describe, expect, it } from 'vitest';
import { library } from '../simulation/testing';
import { checkTemplate, templateCrafts, withEdits } from './template-edit';
import { template } from './testing';
import type { WorkflowTemplate } from './schema';

const known = new Set(library.activities.map((a) => a.id));
const paid = () => structuredClone(library.templates.find((t) => t.id === 'paid-campaign')!);

describe('checkTemplate', () => {
	it('accepts a models/ template as it is', () => {
		expect(checkTemplate(paid(), 'paid-campaign', known)).toMatchObject({ ok: true });
	});

	it('refuses a dependency cycle at the edge that closes it, naming every step of the loop', () => {
		const looped = paid();
		looped.phases[0]!.steps[0]!.dependsOn = ['qa'];
		const check = checkTemplate(looped, 'paid-campaign', known);
		expect(check.ok).toBe(false);
		expect(!check.ok && check.issues).toEqual([
			{
				path: 'phases[0].steps[1].dependsOn[0]',
				message: 'forms a cycle: brief → qa → channel-setup → ads → plan → brief'
			}
		]);
	});

	it('names the field of a dependency on no step, and of an unknown activity', () => {
		const t = template();
		t.phases[1]!.steps[0]!.dependsOn = ['brief', 'nowhere'];
		const check = checkTemplate(t, 'blog-sprint', known);
		expect(!check.ok && check.issues).toEqual([
			{
				path: 'phases[1].steps[0].dependsOn[1]',
				message: 'expected the id of a step in this template, found "nowhere"'
			}
		]);
		const other = template();
		other.phases[0]!.steps[0]!.activityId = 'press-release';
		expect(!checkTemplate(other, 'blog-sprint', known).ok).toBe(true);
	});

	it('keeps the template’s id', () => {
		const check = checkTemplate(template(), 'paid-campaign', known);
		expect(!check.ok && check.issues.map((i) => i.path)).toEqual(['id']);
	});
});

describe('templateCrafts', () => {
	it('collects the crafts of the activities and of the rules that name one', () => {
		const t = checkTemplate(template(), 'blog-sprint', known);
		if (!t.ok) throw new Error('fixture');
		expect(templateCrafts(t.template, library.activities)).toEqual(
			expect.arrayContaining(['brand', 'content'])
		);
	});
});

describe('withEdits', () => {
	it('replaces the default of the same id and keeps the others, in models/ order', () => {
		const edited: WorkflowTemplate = { ...paid(), name: 'Paid campaign (ours)' };
		const merged = withEdits(library.templates, new Map([['paid-campaign', edited]]));
		expect(merged.map((t) => t.id)).toEqual(library.templates.map((t) => t.id));
		expect(merged.find((t) => t.id === 'paid-campaign')!.name).toBe('Paid campaign (ours)');
		expect(merged.find((t) => t.id === 'website-launch')).toEqual(
			library.templates.find((t) => t.id === 'website-launch')
		);
	});
});
