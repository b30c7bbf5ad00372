import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { defaultProfile } from '../../domain/assessment/fields';
import { design, seat } from '../../domain/scenario/testing';
import { AppError } from '../errors';
import { engines, recorded, useEngine } from './testing';
import * as scenarioHistory from './scenario-history';
import * as scenarios from './scenarios';
import * as shareLinks from './share-links';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const leader: Actor = { id: 'leader-1', role: 'leader' };
const marketer: Actor = { id: 'marketer-1', role: 'marketer' };
const small = () => design([seat('cmo', null, { kind: 'cmo' }), seat('a', 'cmo')]);

const statusOf = (err: unknown) => (err instanceof AppError ? err.status : err);

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('scenarios repository', () => {
		it('keeps a new draft private to its author and admins until it is shared', async () => {
			const draft = await scenarios.create(leader, small());
			expect(draft).toMatchObject({ status: 'draft', visibility: 'private', version: 1 });
			expect((await scenarios.list(marketer)).map((s) => s.id)).not.toContain(draft.id);
			expect(await scenarios.get(admin, draft.id)).toMatchObject({ id: draft.id });
			expect(await scenarios.get(marketer, draft.id).catch(statusOf)).toBe(404);
			await scenarios.share(leader, draft.id);
			expect((await scenarios.get(marketer, draft.id)).visibility).toBe('workspace');
		});

		it('writes a new version and refuses a stale one without changing anything', async () => {
			const draft = await scenarios.create(admin, small());
			const saved = await scenarios.update(admin, draft.id, { ...small(), name: 'First' }, 1);
			expect(saved.version).toBe(2);
			expect(
				await scenarios.update(admin, draft.id, { ...small(), name: 'Second' }, 1).catch(statusOf)
			).toBe(409);
			expect((await scenarios.get(admin, draft.id)).name).toBe('First');
			expect((await scenarioHistory.history(admin, draft.id)).map((r) => r.version)).toEqual([
				2, 1
			]);
		});

		it('sets and clears a scenario’s own company profile; a design save keeps it', async () => {
			const draft = await scenarios.create(leader, small());
			const profile = { ...defaultProfile, channels: 2 };
			expect(await scenarios.setProfile(marketer, draft.id, profile, 1).catch(statusOf)).toBe(404);
			expect(await scenarios.setProfile(leader, draft.id, profile, 9).catch(statusOf)).toBe(409);
			const set = await scenarios.setProfile(leader, draft.id, profile, 1);
			expect(set).toMatchObject({ version: 2, profile: { channels: 2 } });
			// The editor sends designs without the profile: saving one keeps it.
			const renamed = await scenarios.update(leader, draft.id, { ...small(), name: 'Renamed' }, 2);
			expect(renamed.profile).toEqual(profile);
			const cleared = await scenarios.setProfile(leader, draft.id, null, 3);
			expect(cleared.version).toBe(4);
			expect('profile' in (await scenarios.get(leader, draft.id))).toBe(false);
		});

		it('refuses a design that breaks a rule with 422 and the rule named', async () => {
			const broken = design([seat('cmo', null), seat('a', 'nobody')]);
			const err = await scenarios.create(admin, broken).catch((e: unknown) => e);
			expect(err).toMatchObject({
				status: 422,
				issues: [{ path: 'seats[1].managerId', message: expect.stringContaining('manager-exists') }]
			});
			expect(await scenarios.list(admin)).toEqual([]);
		});

		it('publishes one current scenario at a time and records it', async () => {
			const first = await scenarios.create(admin, small());
			const second = await scenarios.create(admin, small());
			await scenarios.publish(admin, first.id);
			await scenarios.publish(admin, second.id);
			const statuses = Object.fromEntries(
				(await scenarios.list(admin)).map((s) => [s.id, s.status])
			);
			expect(statuses).toEqual({ [first.id]: 'draft', [second.id]: 'current' });
			expect(
				(await recorded()).filter((e) => e.action === 'scenario.published').map((e) => e.subjectId)
			).toEqual([first.id, second.id]);
			expect(await scenarios.publish(leader, first.id).catch(statusOf)).toBe(403);
		});

		it('lets only the author or an admin change or delete a draft, and never the current one', async () => {
			const mine = await scenarios.create(leader, small());
			const other: Actor = { id: 'leader-2', role: 'leader' };
			await scenarios.share(leader, mine.id);
			expect(await scenarios.update(other, mine.id, small(), 2).catch(statusOf)).toBe(403);
			expect(await scenarios.remove(marketer, mine.id).catch(statusOf)).toBe(403);
			await scenarios.publish(admin, mine.id);
			expect(await scenarios.remove(admin, mine.id).catch(statusOf)).toBe(409);
		});
	});

	describe('copies, history and read-only links', () => {
		it('duplicates a visible scenario as the actor’s private draft', async () => {
			const source = await scenarios.create(admin, small());
			await scenarios.share(admin, source.id);
			const copy = await scenarios.duplicate(leader, source.id);
			expect(copy).toMatchObject({
				name: `${source.name} (copy)`,
				authorId: leader.id,
				visibility: 'private',
				version: 1
			});
			expect(copy.seats).toEqual(source.seats);
		});

		it('restores an earlier version as a new version and records it', async () => {
			const draft = await scenarios.create(admin, small());
			await scenarios.update(admin, draft.id, { ...small(), name: 'Changed' }, 1);
			const restored = await scenarioHistory.restore(admin, draft.id, 1, 2);
			expect(restored).toMatchObject({ version: 3, name: draft.name });
			expect(await scenarioHistory.restore(admin, draft.id, 1, 2).catch(statusOf)).toBe(409);
			expect(
				(await recorded()).some((e) => e.action === 'scenario.restored' && e.subjectId === draft.id)
			).toBe(true);
		});

		it('serves a scenario through its read-only link until the link is revoked', async () => {
			const draft = await scenarios.create(admin, small());
			const first = await shareLinks.create(admin, draft.id);
			const token = await shareLinks.create(admin, draft.id);
			expect(token).not.toBe(first);
			expect(await shareLinks.resolve(first).catch(statusOf)).toBe(404);
			expect((await shareLinks.resolve(token)).id).toBe(draft.id);
			expect((await shareLinks.status(admin, draft.id)).createdAt).not.toBeNull();
			expect(await shareLinks.create(marketer, draft.id).catch(statusOf)).toBe(403);
			await shareLinks.revoke(admin, draft.id);
			expect(await shareLinks.resolve(token).catch(statusOf)).toBe(404);
		});

		it('records a publish with its note as a version, so status and history agree', async () => {
			const old = await scenarios.create(admin, small());
			await scenarios.publish(admin, old.id);
			const draft = await scenarios.create(admin, small());
			await scenarios.update(admin, draft.id, design([...small().seats, seat('b', 'cmo')]), 1);
			const published = await scenarios.publish(admin, draft.id, 'Agreed at the board');
			const [latest, edit] = await scenarioHistory.history(admin, draft.id);
			expect(latest).toMatchObject({
				version: published.version,
				action: 'published',
				note: 'Agreed at the board',
				savedBy: admin.id,
				authorName: 'former member',
				summary: 'Published as current'
			});
			expect(edit).toMatchObject({ version: 2, summary: '1 seat added' });
			const demoted = await scenarios.get(admin, old.id);
			expect(demoted.status).toBe('draft');
			expect((await scenarioHistory.history(admin, old.id))[0]).toMatchObject({
				version: demoted.version,
				action: 'unpublished'
			});
			expect((await recorded()).at(-1)?.summary).toContain('Agreed at the board');
		});
	});
});
