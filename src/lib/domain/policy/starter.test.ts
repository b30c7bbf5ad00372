import { describe, expect, it } from 'vitest';
import { zodIssues } from '../shared/issues';
import { catalogue, policyModel } from './testing';
import { policySchema, type Policy } from './schema';
import { starterPolicy } from './starter';

const starter = starterPolicy(catalogue, policyModel);
const rule = (p: Policy, id: string) => p.rules.find((r) => r.activityId === id)!;

describe('starterPolicy', () => {
	it('gives every catalogue activity one valid rule with a reason', () => {
		expect(starter.rules.map((r) => r.activityId)).toEqual(catalogue.activities.map((a) => a.id));
		expect(policySchema.safeParse(starter).success).toBe(true);
		for (const r of starter.rules) expect(r.reason.length, r.activityId).toBeGreaterThan(30);
	});

	it('starts from the pre-review checklist of seed 001', () => {
		expect(starter.checklist.map((i) => i.id)).toEqual([
			'sounds-like-audience',
			'pillars-present',
			'claims-approved',
			'reading-level',
			'no-generic-phrasing',
			'cta-matches-goal',
			'fits-channel',
			'no-conflict'
		]);
		expect(rule(starter, 'blog-post-draft').checklist).toHaveLength(8);
	});

	it('sends drafts to the custodian of the activity’s own craft unless the model names another', () => {
		expect(rule(starter, 'blog-post-draft')).toMatchObject({
			level: 'ai-draft-human-review',
			reviewer: 'craft:content',
			dataClasses: ['public', 'internal']
		});
		expect(rule(starter, 'brand-review').reviewer).toBe('craft:brand');
		expect(rule(starter, 'dashboard-refresh')).toMatchObject({
			level: 'ai-autonomous',
			reviewer: 'none'
		});
		expect(rule(starter, 'positioning')).toMatchObject({ level: 'human-only', dataClasses: [] });
	});

	it('lets no default put personal data into AI tools', () => {
		for (const r of starter.rules) expect(r.dataClasses, r.activityId).not.toContain('personal');
	});
});

describe('policySchema', () => {
	const bad = (change: (p: Policy) => void) => {
		const p = structuredClone(starter);
		change(p);
		const parsed = policySchema.safeParse(p);
		return parsed.success ? [] : zodIssues(parsed.error);
	};

	it.each<[string, (p: Policy) => void, string, RegExp]>([
		[
			'a reviewed level without a reviewer',
			(p) => void (p.rules[0]!.reviewer = 'none'),
			'rules[0].reviewer',
			/must review/
		],
		[
			'people-only work with data classes',
			(p) => void Object.assign(rule(p, 'positioning'), { dataClasses: ['public'] }),
			`rules[${catalogue.activities.findIndex((a) => a.id === 'positioning')}].dataClasses`,
			/no data/
		],
		[
			'an unknown level',
			(p) => void Object.assign(p.rules[0]!, { level: 'robots' }),
			'rules[0].level',
			/ai-autonomous/
		],
		[
			'an unknown data class',
			(p) => void Object.assign(p.rules[0]!, { dataClasses: ['secret'] }),
			'rules[0].dataClasses[0]',
			/public/
		],
		[
			'a reviewer of no known form',
			(p) => void (p.rules[0]!.reviewer = 'brand'),
			'rules[0].reviewer',
			/craft:/
		],
		[
			'a checklist item the checklist lacks',
			(p) => void (p.rules[0]!.checklist = ['vibes']),
			'rules[0].checklist[0]',
			/not an item/
		],
		[
			'two rules for one activity',
			(p) => void p.rules.push(structuredClone(p.rules[0]!)),
			`rules[${starter.rules.length}].activityId`,
			/second rule/
		],
		[
			'HTML in a reason',
			(p) => void (p.rules[0]!.reason = '<img src=x onerror=alert(1)>'),
			'rules[0].reason',
			/plain text/
		]
	])('refuses %s, naming the field', (_, change, path, message) => {
		const issues = bad(change);
		expect(issues.map((i) => i.path)).toContain(path);
		expect(issues.find((i) => i.path === path)!.message).toMatch(message);
	});
});
