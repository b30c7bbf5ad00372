import { describe, expect, it } from 'vitest';
import { brandLayerSchema } from './brand';
import { policyDocument, reviewerLabel } from './document';
import { brandMarkdown, policyMarkdown } from './markdown';
import { custodianCrafts } from './custodians';
import { unknownReferences } from './references';
import { starterPolicy } from './starter';
import { catalogue, layer, policyModel } from './testing';
import { zodIssues } from '../shared/issues';

const policy = starterPolicy(catalogue, policyModel);
const seats = [{ id: 'cmo', title: 'Chief Marketing Officer' }];
const doc = policyDocument(policy, catalogue.activities, seats);

describe('policyDocument', () => {
	it('groups every rule by level, with names instead of ids', () => {
		const all = Object.values(doc.byLevel).flat();
		expect(all).toHaveLength(catalogue.activities.length);
		expect(new Set(doc.byLevel['ai-autonomous'].map((r) => r.activity))).toEqual(
			new Set(['Paid media optimisation', 'Dashboard refresh'])
		);
		const blog = doc.byLevel['ai-draft-human-review'].find(
			(r) => r.activityId === 'blog-post-draft'
		)!;
		expect(blog.reviewer).toBe('the content custodian');
		expect(blog.checklist[0]).toMatch(/Sounds like the audience/);
	});

	it('says which activities may put each class of data into AI tools', () => {
		expect(doc.data.find((d) => d.dataClass === 'personal')!.activities).toEqual([]);
		expect(doc.data.find((d) => d.dataClass === 'internal')!.activities).toContain(
			'Dashboard refresh'
		);
	});

	it('names reviewers in words', () => {
		expect(reviewerLabel('seat:cmo', seats)).toBe('Chief Marketing Officer');
		expect(reviewerLabel('seat:gone', seats)).toMatch(/not in the current scenario/);
		expect(reviewerLabel('craft:product-marketing', seats)).toBe('the product marketing custodian');
	});
});

describe('Markdown exports', () => {
	const brand = layer({
		voiceAndTone: 'Plain and warm.',
		approvedClaims: ['Close 40% faster'],
		phrasesToAvoid: ['synergy'],
		exampleAssets: [{ title: 'Close guide', url: 'https://example.com/guide' }]
	});

	it('writes the approved version with who approved it, when, the levels and the brand layers', () => {
		const md = policyMarkdown(
			{
				number: 3,
				approvedBy: 'm1',
				approvedByName: 'Ada Admin',
				approvedAt: '2026-12-05T10:00:00.000Z',
				note: 'Quarterly review'
			},
			doc,
			[{ audience: 'Mid-market finance', layer: brand }]
		);
		expect(md).toMatch(/^# AI guardrail policy, version 3\n/);
		expect(md).toContain('Approved by Ada Admin on 2026-12-05.');
		expect(md).toContain('> Quarterly review');
		expect(md).toContain('## AI acts alone');
		expect(md).toContain(
			'| Blog post draft | content | public, internal | the content custodian |'
		);
		expect(md).toContain('### Brand layer: Mid-market finance');
	});

	it('writes a brand layer for an AI assistant’s context', () => {
		const md = brandMarkdown('Mid-market finance', brand);
		expect(md).toMatch(/^# Brand layer: Mid-market finance/);
		expect(md).toContain('## Phrases to avoid\n\n- synergy');
		expect(md).toContain('- [Close guide](https://example.com/guide)');
		expect(md).toContain('US school grade 10');
	});
});

describe('brandLayerSchema', () => {
	it.each([
		['voiceAndTone', { voiceAndTone: '<script>alert(1)</script>' }, /plain text/],
		['phrasesToAvoid[1]', { phrasesToAvoid: ['ok', '<b>bold</b>'] }, /plain text/],
		[
			'exampleAssets[0].url',
			{ exampleAssets: [{ title: 'x', url: 'javascript:alert(1)' }] },
			/https:\/\//
		],
		['readingLevel', { readingLevel: 40 }, /at most 18/]
	])('refuses a bad %s, naming it', (path, over, message) => {
		const parsed = brandLayerSchema.safeParse({ readingLevel: 10, ...over });
		expect(parsed.success).toBe(false);
		const issue = zodIssues(parsed.error!).find((i) => i.path === path);
		expect(issue?.message).toMatch(message);
	});

	it('keeps text with angle brackets that is not a tag', () => {
		expect(
			brandLayerSchema.safeParse({ readingLevel: 10, positioning: 'Costs < 5% of spend' }).success
		).toBe(true);
	});
});

describe('references and custodians', () => {
	it('names rules of unknown activities and reviewer seats', () => {
		const p = structuredClone(policy);
		p.rules[0]!.activityId = 'press-release';
		p.rules[1]!.reviewer = 'seat:ghost';
		expect(
			unknownReferences(p, new Set(catalogue.activities.map((a) => a.id)), new Set(['cmo']))
		).toEqual([
			{
				path: 'policy.rules[0].activityId',
				message: 'no activity "press-release" in the catalogue'
			},
			{ path: 'policy.rules[1].reviewer', message: 'no seat "ghost" in the current scenario' }
		]);
	});

	it('finds a member’s crafts from the custodian seats linked to their email', () => {
		const seat = (
			id: string,
			kind: 'craft-custodian' | 'specialist',
			craft: string,
			memberEmail?: string
		) => ({ id, kind, craft, memberEmail }) as never;
		const scenario = {
			seats: [
				seat('a', 'craft-custodian', 'brand', 'Cat@Example.test'),
				seat('b', 'craft-custodian', 'content', 'cat@example.test'),
				seat('c', 'specialist', 'web', 'cat@example.test'),
				seat('d', 'craft-custodian', 'seo', 'dan@example.test')
			]
		};
		expect(custodianCrafts(scenario, 'cat@example.test')).toEqual(['brand', 'content']);
		expect(custodianCrafts(undefined, 'cat@example.test')).toEqual([]);
	});
});
