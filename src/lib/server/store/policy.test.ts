import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { catalogue, policyModel } from '../../domain/policy/testing';
import type { Policy } from '../../domain/policy/schema';
import { audience, design, seat } from '../../domain/scenario/testing';
import * as brand from './brand';
import * as policies from './policy';
import { caught, engines, recorded, seedCurrent, useEngine } from './testing';

const at = '2026-01-05T09:00:00.000Z';
const ctx = { catalogue, model: policyModel };

const ada: Actor = { id: 'ada', role: 'admin' };
const cat: Actor = { id: 'cat', role: 'custodian' };
const ana: Actor = { id: 'ana', role: 'marketer' };

/** A current scenario where cat is the content custodian and ana owns the fintech audience. */
function seed() {
	return seedCurrent(
		design(
			[
				seat('cmo', null, { kind: 'cmo' }),
				seat('content', 'cmo', {
					kind: 'craft-custodian',
					craft: 'content',
					memberEmail: 'cat@example.test'
				}),
				seat('gtm', 'cmo', {
					kind: 'gtm-marketer',
					audienceIds: ['fintech'],
					memberEmail: 'ana@example.test'
				})
			],
			[audience('fintech'), audience('health')]
		),
		[
			['ada', 'admin'],
			['cat', 'custodian'],
			['ana', 'marketer']
		],
		at
	);
}

function edited(policy: Policy, id: string, change: Partial<Policy['rules'][number]>): Policy {
	const next = structuredClone(policy);
	Object.assign(
		next.rules.find((r) => r.activityId === id)!,
		change
	);
	return next;
}

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('policy', () => {
		it('starts as the starter policy, unapproved, at version 1', async () => {
			await seed();
			const state = await policies.get(cat, ctx);
			expect(state).toMatchObject({
				version: 1,
				approved: null,
				changedSinceApproval: true,
				crafts: ['content']
			});
			expect(state.policy.rules).toHaveLength(catalogue.activities.length);
		});

		it('lets a custodian change their craft’s rules and not another’s', async () => {
			await seed();
			const { policy } = await policies.get(cat, ctx);
			const mine = edited(policy, 'blog-post-draft', { level: 'human-only', dataClasses: [] });
			const saved = await policies.update(cat, mine, 1, ctx);
			expect(saved.version).toBe(2);
			expect(saved.policy.rules.find((r) => r.activityId === 'blog-post-draft')!.level).toBe(
				'human-only'
			);
			const theirs = edited(saved.policy, 'brand-review', { reviewer: 'craft:content' });
			const err = await caught(policies.update(cat, theirs, 2, ctx));
			expect(err.status).toBe(403);
			expect(err.message).toContain('Brand review');
			expect((await policies.get(ada, ctx)).version).toBe(2);
			expect((await recorded()).at(-1)).toMatchObject({
				action: 'policy.changed',
				actorId: 'cat',
				summary: expect.stringContaining('blog-post-draft')
			});
		});

		it('leaves the checklist to admins', async () => {
			await seed();
			const { policy } = await policies.get(cat, ctx);
			policy.checklist.push({ id: 'legal', text: 'Legal has read it' });
			expect((await caught(policies.update(cat, policy, 1, ctx))).status).toBe(403);
			expect((await policies.update(ada, policy, 1, ctx)).policy.checklist).toHaveLength(9);
		});

		it.each<[string, (p: Policy) => void, string]>([
			[
				'an unknown activity',
				(p) => void (p.rules[0]!.activityId = 'press-release'),
				'policy.rules[0].activityId'
			],
			[
				'an unknown seat',
				(p) => void (p.rules[0]!.reviewer = 'seat:ghost'),
				'policy.rules[0].reviewer'
			],
			[
				'a bad level',
				(p) => void Object.assign(p.rules[0]!, { level: 'auto' }),
				'policy.rules[0].level'
			]
		])('refuses %s with a 400 naming the field, saving nothing', async (_, change, path) => {
			await seed();
			const { policy } = await policies.get(ada, ctx);
			change(policy);
			const err = await caught(policies.update(ada, policy, 1, ctx));
			expect(err.status).toBe(400);
			expect(err.issues.map((i) => i.path)).toContain(path);
			expect((await policies.get(ada, ctx)).version).toBe(1);
		});

		it('accepts a seat of the current scenario as reviewer', async () => {
			await seed();
			const { policy } = await policies.get(ada, ctx);
			const next = edited(policy, 'social-post', { reviewer: 'seat:cmo' });
			expect((await policies.update(ada, next, 1, ctx)).version).toBe(2);
		});

		it('refuses a stale version with a 409', async () => {
			await seed();
			const { policy } = await policies.get(ada, ctx);
			await policies.update(ada, edited(policy, 'social-post', { reason: 'First edit.' }), 1, ctx);
			const err = await caught(
				policies.update(ada, edited(policy, 'social-post', { reason: 'Second.' }), 1, ctx)
			);
			expect(err.status).toBe(409);
		});

		it('approves numbered versions that stay readable, and refuses an unchanged draft', async () => {
			await seed();
			const first = await policies.approve(ada, 'Starter policy', 1, ctx);
			expect(first.approved).toMatchObject({
				number: 1,
				approvedBy: 'ada',
				approvedByName: 'Member ada',
				note: 'Starter policy'
			});
			expect(first.changedSinceApproval).toBe(false);
			expect((await caught(policies.approve(ada, 'again', first.version, ctx))).status).toBe(400);
			const changed = await policies.update(
				ada,
				edited(first.policy, 'social-post', { level: 'human-only', dataClasses: [] }),
				first.version,
				ctx
			);
			expect(changed.changedSinceApproval).toBe(true);
			const second = await policies.approve(ada, 'Social stays human', changed.version, ctx);
			expect(second.approved!.number).toBe(2);
			expect((await policies.versions(ada)).map((v) => v.number)).toEqual([2, 1]);
			const v1 = await policies.version(ada, 1);
			expect(v1.policy.rules.find((r) => r.activityId === 'social-post')!.level).toBe(
				'ai-draft-human-review'
			);
			expect((await caught(policies.version(ada, 9))).status).toBe(404);
			expect((await caught(policies.approve(cat, 'x', second.version, ctx))).status).toBe(403);
		});
	});

	describe('brand layers', () => {
		it('start empty for each audience of the current scenario', async () => {
			await seed();
			const all = await brand.list(ana, 10);
			expect(all.map((b) => [b.audience.id, b.version, b.canEdit])).toEqual([
				['fintech', 1, true],
				['health', 1, false]
			]);
			expect(all[0]!.layer.readingLevel).toBe(10);
		});

		it('save a layer for the owner, refuse others and bad fields, and 404 unknown audiences', async () => {
			await seed();
			const layer = {
				readingLevel: 8,
				phrasesToAvoid: ['synergy'],
				approvedClaims: ['40% faster']
			};
			const saved = await brand.update(ana, 'fintech', layer, 1);
			expect(saved).toMatchObject({ version: 2, layer: { phrasesToAvoid: ['synergy'] } });
			expect((await caught(brand.update(ana, 'health', layer, 1))).status).toBe(403);
			expect((await caught(brand.update(cat, 'fintech', layer, 2))).status).toBe(403);
			const bad = await caught(
				brand.update(ada, 'fintech', { ...layer, voiceAndTone: '<script>x</script>' }, 2)
			);
			expect(bad.status).toBe(400);
			expect(bad.issues[0]!.path).toBe('layer.voiceAndTone');
			expect((await caught(brand.get(ada, 'nowhere', 10))).status).toBe(404);
			expect((await brand.get(ada, 'fintech', 10)).version).toBe(2);
			expect((await caught(brand.update(ada, 'fintech', layer, 1))).status).toBe(409);
		});
	});
});
