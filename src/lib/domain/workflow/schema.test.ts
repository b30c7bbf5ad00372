import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import { dependencyIssues } from './dependencies';
import { stepsOf, workflowTemplateSchema, type WorkflowTemplateInput } from './schema';
import { template } from './testing';

/** The issues of parsing `input`, as `path: message` lines. */
const issuesOf = (input: WorkflowTemplateInput) => {
	const parsed = workflowTemplateSchema.safeParse(input);
	return parsed.success ? [] : zodIssues(parsed.error).map((i) => `${i.path}: ${i.message}`);
};

/** The test template with step `id`'s fields changed. */
const withStep = (id: string, change: Record<string, unknown>) => {
	const t = template();
	for (const p of t.phases)
		p.steps = p.steps.map((s) => (s.id === id ? ({ ...s, ...change } as typeof s) : s));
	return t;
};

describe('workflowTemplateSchema', () => {
	it('accepts a valid template and defaults dependsOn to none', () => {
		const t = workflowTemplateSchema.parse(template());
		expect(stepsOf(t).map((s) => [s.id, s.phase, s.dependsOn])).toEqual([
			['brief', 'strategy', []],
			['draft', 'creative', ['brief']],
			['qa', 'qa', ['draft']]
		]);
	});

	it('refuses a dependency cycle, naming the edge that closes it and the loop', () => {
		expect(issuesOf(withStep('brief', { dependsOn: ['qa'] }))).toEqual([
			'phases[1].steps[0].dependsOn[0]: forms a cycle: brief → qa → draft → brief'
		]);
	});

	it('refuses a step that depends on itself', () => {
		expect(issuesOf(withStep('draft', { dependsOn: ['brief', 'draft'] }))).toEqual([
			'phases[1].steps[0].dependsOn[1]: forms a cycle: draft → draft'
		]);
	});

	it('refuses an unknown dependency with its path', () => {
		expect(issuesOf(withStep('qa', { dependsOn: ['draft', 'design'] }))).toEqual([
			'phases[2].steps[0].dependsOn[1]: expected the id of a step in this template, found "design"'
		]);
	});

	it.each([
		['owner', 'expected "audience-owner", "craft:<craft>", "lead:<craft>" or "kind:<seat kind>"'],
		['craft:', 'expected "audience-owner", "craft:<craft>", "lead:<craft>" or "kind:<seat kind>"'],
		[
			'craft:Brand',
			'expected "audience-owner", "craft:<craft>", "lead:<craft>" or "kind:<seat kind>"'
		],
		['kind:intern', 'expected a seat kind after "kind:": cmo, head-of-gtm, gtm-marketer']
	])('refuses the performer %j', (performer, message) => {
		const [issue] = issuesOf(withStep('qa', { performer }));
		expect(issue).toMatch(/^phases\[2\]\.steps\[0\]\.performer: /);
		expect(issue).toContain(message);
	});

	it('refuses a bad reviewer rule and an empty checklist', () => {
		const review = { reviewer: 'kind:boss', checklist: [], timing: 'start' };
		expect(issuesOf(withStep('draft', { review }))).toEqual([
			expect.stringMatching(/^phases\[1\]\.steps\[0\]\.review\.reviewer: expected a seat kind/),
			'phases[1].steps[0].review.checklist: name at least one thing the reviewer checks'
		]);
	});

	it('refuses duplicate step ids, phases out of order and a template without a review gate', () => {
		const t = withStep('qa', { id: 'brief', dependsOn: [] });
		t.phases = [t.phases[0]!, t.phases[2]!, t.phases[1]!];
		t.phases[2]!.steps[0]!.review = undefined;
		expect(issuesOf(t)).toEqual([
			'phases[2].phase: expected phases once each in the order strategy, creative, production, qa, scheduling, launch',
			'phases[1].steps[0].id: duplicates the id "brief" of phases[0].steps[0]',
			'phases: expected at least one review gate'
		]);
	});

	it('requires every standard brief field once', () => {
		const t = template();
		t.brief = [...t.brief.filter((f) => f.key !== 'due-date'), t.brief[0]!];
		expect(issuesOf(t)).toEqual([
			'brief[10].key: repeats "audience"',
			'brief: expected fields due-date'
		]);
	});

	it('refuses unknown fields and a negative volume', () => {
		expect(
			issuesOf({ ...template(), volumePerAudiencePerQuarter: -1, owner: 'x' } as never)
		).toEqual([
			'volumePerAudiencePerQuarter: must be at least 0',
			'owner: is not a known field; remove it or check its spelling'
		]);
	});
});

describe('dependencyIssues', () => {
	it('finds every cycle once in a graph with two', () => {
		const steps = [
			{ id: 'a', dependsOn: ['b'] },
			{ id: 'b', dependsOn: ['a'] },
			{ id: 'c', dependsOn: ['d'] },
			{ id: 'd', dependsOn: ['c', 'a'] }
		];
		expect(dependencyIssues(steps).map((i) => i.message)).toEqual([
			'forms a cycle: a → b → a',
			'forms a cycle: c → d → c'
		]);
	});
});
