import { describe, expect, it } from 'vitest';
import { changedActivities, diffPolicies, isEmptyDiff } from './diff';
import { starterPolicy } from './starter';
import { catalogue, policyModel } from './testing';

const before = starterPolicy(catalogue, policyModel);

describe('diffPolicies', () => {
	it('finds no change between a policy and its copy', () => {
		expect(isEmptyDiff(diffPolicies(before, structuredClone(before)))).toBe(true);
	});

	it('lists each changed field of each rule with its old and new value', () => {
		const after = structuredClone(before);
		const blog = after.rules.find((r) => r.activityId === 'blog-post-draft')!;
		blog.level = 'human-only';
		blog.dataClasses = [];
		after.rules.find((r) => r.activityId === 'social-post')!.reviewer = 'seat:cmo';
		const diff = diffPolicies(before, after);
		expect(diff.changed).toEqual([
			{
				activityId: 'blog-post-draft',
				changes: [
					{ field: 'level', from: 'ai-draft-human-review', to: 'human-only' },
					{ field: 'dataClasses', from: 'public, internal', to: '(none)' }
				]
			},
			{
				activityId: 'social-post',
				changes: [{ field: 'reviewer', from: 'craft:social', to: 'seat:cmo' }]
			}
		]);
		expect(changedActivities(before, after)).toEqual(['blog-post-draft', 'social-post']);
	});

	it('lists added and removed rules and checklist changes', () => {
		const after = structuredClone(before);
		after.rules = after.rules.filter((r) => r.activityId !== 'dashboard-refresh');
		after.checklist[0]!.text = 'Sounds like the client';
		after.checklist.push({ id: 'legal', text: 'Legal has seen it' });
		const diff = diffPolicies(before, after);
		expect(diff.removed).toEqual(['dashboard-refresh']);
		expect(diff.added).toEqual([]);
		expect(diff.checklist).toEqual({
			added: [{ id: 'legal', text: 'Legal has seen it' }],
			removed: [],
			reworded: [
				{
					id: 'sounds-like-audience',
					from: before.checklist[0]!.text,
					to: 'Sounds like the client'
				}
			]
		});
		expect(diffPolicies(after, before).added).toEqual(['dashboard-refresh']);
	});
});
