import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import type { Overrides } from '../../domain/catalogue/overrides';
import { AppError } from '../errors';
import { caught, engines, recorded, seed, useEngine } from './testing';
import * as catalogueOverrides from './catalogue-overrides';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const fixed = { 'blog-post-draft': { effortHours: { kind: 'fixed' as const, hours: 5 } } };

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('catalogue overrides', () => {
		it('start empty at version 1', async () => {
			expect(await catalogueOverrides.get()).toEqual({
				overrides: {},
				version: 1,
				updatedAt: null,
				updatedBy: null
			});
		});

		it('replace the overrides, bump the version and record who did it', async () => {
			const saved = await catalogueOverrides.replace(admin, fixed, 1);
			expect(saved).toMatchObject({ overrides: fixed, version: 2, updatedBy: admin.id });
			expect(await catalogueOverrides.get()).toEqual(saved);
			expect((await recorded()).at(-1)).toMatchObject({
				action: 'catalogue.overridden',
				actorId: admin.id,
				subjectId: 'blog-post-draft',
				summary: expect.stringContaining('blog-post-draft')
			});
		});

		it.each<[string, Record<string, unknown>, string]>([
			[
				'a negative effort',
				{ 'blog-post-draft': { effortHours: { kind: 'fixed', hours: -2 } } },
				'overrides["blog-post-draft"].effortHours.hours'
			],
			[
				'a falling AI share',
				{ 'blog-post-draft': { aiShare: [0, 0.5, 0.3, 0.6] } },
				'overrides["blog-post-draft"].aiShare[2]'
			],
			[
				'an unknown activity',
				{ 'press-release': { unit: 'release' } },
				'overrides["press-release"]'
			],
			[
				'an unknown field',
				{ 'blog-post-draft': { colour: 'red' } },
				'overrides["blog-post-draft"].colour'
			]
		])('refuse %s with 400 naming the field, changing nothing', async (_, overrides, path) => {
			await catalogueOverrides.replace(admin, fixed, 1);
			const before = await catalogueOverrides.get();
			const err = await caught(catalogueOverrides.replace(admin, overrides as Overrides, 2));
			expect(err).toBeInstanceOf(AppError);
			expect(err.status).toBe(400);
			expect(err.message.startsWith(path)).toBe(true);
			expect(err.issues.map((i) => i.path)).toContain(path);
			expect(await catalogueOverrides.get()).toEqual(before);
		});

		it('refuse a stale version with 409 and the current version, changing nothing', async () => {
			await catalogueOverrides.replace(admin, fixed, 1);
			const err = await caught(catalogueOverrides.replace(admin, {}, 1));
			expect(err).toMatchObject({ status: 409, details: { currentVersion: 2 } });
			expect((await catalogueOverrides.get()).overrides).toEqual(fixed);
		});

		it.each<Actor['role']>(['leader', 'custodian', 'marketer'])(
			'refuse a %s with 403',
			async (role) => {
				const actor: Actor = { id: `${role}-1`, role };
				expect((await caught(catalogueOverrides.replace(actor, fixed, 1))).status).toBe(403);
				const set = catalogueOverrides.setActivity(actor, 'blog-post-draft', null, 1);
				expect((await caught(set)).status).toBe(403);
				expect(await catalogueOverrides.get()).toMatchObject({ version: 1, overrides: {} });
			}
		);

		it('set and reset one activity, keeping the others', async () => {
			await catalogueOverrides.replace(admin, fixed, 1);
			await catalogueOverrides.setActivity(admin, 'campaign-brief', { craft: 'content' }, 2);
			expect((await catalogueOverrides.get()).overrides).toEqual({
				...fixed,
				'campaign-brief': { craft: 'content' }
			});
			const reset = await catalogueOverrides.setActivity(admin, 'blog-post-draft', null, 3);
			expect(reset).toMatchObject({
				version: 4,
				overrides: { 'campaign-brief': { craft: 'content' } }
			});
			expect((await recorded()).at(-1)?.summary).toBe(
				'"Blog post draft" reset to the catalogue default'
			);
		});

		it('drop overrides of activities the catalogue no longer has on the next write', async () => {
			await seed(async (tx) => {
				await tx.insert('catalogue', 'catalogue', {
					overrides: { 'retired-activity': { unit: 'thing' } },
					version: 1,
					updatedAt: null,
					updatedBy: null
				});
			});
			await catalogueOverrides.setActivity(admin, 'blog-post-draft', { unit: 'article' }, 1);
			expect((await catalogueOverrides.get()).overrides).toEqual({
				'blog-post-draft': { unit: 'article' }
			});
		});
	});
});
