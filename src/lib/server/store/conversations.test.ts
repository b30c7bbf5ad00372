import { describe, expect, it } from 'vitest';
import { cadence } from './cadence';
import * as conversations from './conversations';
import {
	ada,
	ana,
	ben,
	caught,
	later,
	lee,
	now,
	request,
	seed,
	stored
} from './conversations-testing';
import { engines, useEngine } from './testing';

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('logging a conversation', () => {
		it('stores it as the actor’s own, version 1, for an audience their linked seat owns', async () => {
			await seed();
			const saved = await conversations.create(ana, request(), now);
			expect(saved).toMatchObject({
				marketerId: 'ana',
				audienceId: 'fintech',
				version: 1,
				deletedAt: null,
				createdAt: now.toISOString()
			});
			expect(await conversations.list(ana, {}, now)).toEqual([saved]);
		});

		it('refuses another marketer’s audience with 403 and an unowned audience too', async () => {
			await seed();
			expect(
				(await caught(conversations.create(ana, request({ audienceId: 'health' }), now))).status
			).toBe(403);
			expect(
				(await caught(conversations.create(ana, request({ audienceId: 'retail' }), now))).status
			).toBe(403);
			// An admin without a linked seat owns nothing either.
			expect((await caught(conversations.create(ada, request(), now))).status).toBe(403);
			expect(await stored()).toEqual([]);
		});

		it('refuses an audience that does not exist, or no current scenario, with 400 naming audienceId', async () => {
			await seed();
			const err = await caught(conversations.create(ana, request({ audienceId: 'nowhere' }), now));
			expect(err).toMatchObject({ status: 400, issues: [{ path: 'audienceId' }] });
			expect(err.message).toContain('no audience "nowhere" in the current scenario');
		});

		it('explains that there is no current scenario yet', async () => {
			await seed({ current: false });
			const err = await caught(conversations.create(ana, request(), now));
			expect(err).toMatchObject({ status: 400, issues: [{ path: 'audienceId' }] });
			expect(err.message).toContain('no current scenario');
		});

		it('refuses a date after today (UTC) with 400 naming date, and accepts today', async () => {
			await seed();
			const err = await caught(conversations.create(ana, request({ date: '2026-11-19' }), now));
			expect(err).toMatchObject({ status: 400, issues: [{ path: 'date' }] });
			expect(err.message).toBe('date: must not be in the future (today is 2026-11-18)');
			await expect(
				conversations.create(ana, request({ date: '2026-11-18' }), now)
			).resolves.toBeTruthy();
		});
	});

	describe('reading conversations', () => {
		it('shows a marketer only their own and admins and leaders everyone’s', async () => {
			await seed();
			const mine = await conversations.create(ana, request(), now);
			const bens = await conversations.create(ben, request({ audienceId: 'health' }), now);
			expect((await conversations.list(ana, {}, now)).map((c) => c.id)).toEqual([mine.id]);
			expect((await conversations.list(lee, {}, now)).map((c) => c.id).sort()).toEqual(
				[mine.id, bens.id].sort()
			);
			expect((await conversations.list(ada, { marketer: 'ben' }, now)).map((c) => c.id)).toEqual([
				bens.id
			]);
			expect((await caught(conversations.list(ana, { marketer: 'ben' }, now))).status).toBe(403);
			expect((await caught(conversations.get(ana, bens.id, now))).status).toBe(404);
			expect((await conversations.get(ada, bens.id, now)).id).toBe(bens.id);
		});

		it('filters by audience and an inclusive date range, newest first', async () => {
			await seed();
			for (const date of ['2026-11-02', '2026-11-09', '2026-11-16'])
				await conversations.create(ana, request({ date }), now);
			const found = await conversations.list(ana, { from: '2026-11-09', to: '2026-11-16' }, now);
			expect(found.map((c) => c.date)).toEqual(['2026-11-16', '2026-11-09']);
			expect(await conversations.list(ana, { audience: 'health' }, now)).toEqual([]);
		});
	});

	describe('editing, deleting and restoring', () => {
		it('updates the author’s own conversation and refuses a stale version with 409', async () => {
			await seed();
			const saved = await conversations.create(ana, request(), now);
			const edited = await conversations.update(
				ana,
				saved.id,
				request({ company: 'Contoso' }),
				1,
				now
			);
			expect(edited).toMatchObject({ company: 'Contoso', version: 2, createdAt: saved.createdAt });
			const stale = await caught(
				conversations.update(ana, saved.id, request({ company: 'X' }), 1, now)
			);
			expect(stale).toMatchObject({ status: 409, details: { currentVersion: 2 } });
			expect((await conversations.get(ana, saved.id, now)).company).toBe('Contoso');
		});

		it('lets nobody else change it: 403 for those who can read it, 404 for those who cannot', async () => {
			await seed();
			const saved = await conversations.create(ana, request(), now);
			expect((await caught(conversations.update(ada, saved.id, request(), 1, now))).status).toBe(
				403
			);
			expect((await caught(conversations.remove(ben, saved.id, 1, now))).status).toBe(404);
			expect(
				(
					await caught(
						conversations.update(ana, saved.id, request({ audienceId: 'health' }), 1, now)
					)
				).status
			).toBe(403);
			expect(
				(await caught(conversations.update(ana, saved.id, request({ date: '2026-12-01' }), 1, now)))
					.issues
			).toEqual([{ path: 'date', message: expect.stringContaining('future') }]);
		});

		it('deletes reversibly: hidden from lists, restorable, and no longer counted', async () => {
			await seed();
			const saved = await conversations.create(ana, request(), now);
			const deleted = await conversations.remove(ana, saved.id, 1, now);
			expect(deleted).toMatchObject({ version: 2, deletedAt: now.toISOString() });
			expect(conversations.restorableUntil(deleted)).toBe(later(30).toISOString());
			expect(await conversations.list(ana, {}, now)).toEqual([]);
			expect((await conversations.list(ana, { deleted: 'only' }, now)).map((c) => c.id)).toEqual([
				saved.id
			]);
			expect((await cadence(ana, {}, now)).thisWeek.count).toBe(0);
			expect((await caught(conversations.update(ana, saved.id, request(), 2, now))).status).toBe(
				409
			);
			const restored = await conversations.restore(ana, saved.id, 2, later(29));
			expect(restored).toMatchObject({ version: 3, deletedAt: null });
			expect((await cadence(ana, {}, now)).thisWeek.count).toBe(1);
		});

		it('cannot restore after 30 days, and purges the conversation on the next write', async () => {
			await seed();
			const saved = await conversations.create(ana, request(), now);
			await conversations.remove(ana, saved.id, undefined, now);
			const err = await caught(conversations.restore(ana, saved.id, undefined, later(30)));
			expect(err).toMatchObject({ status: 409, code: 'restore_expired' });
			expect(await conversations.list(ana, { deleted: 'include' }, later(30))).toEqual([]);
			await conversations.create(ana, request({ date: '2026-12-18' }), later(30));
			expect((await stored()).map((c) => c.id)).not.toContain(saved.id);
		});
	});

	describe('ownership', () => {
		it('reads owners from the current scenario, matching seat emails without regard to case', async () => {
			await seed();
			const { owners } = await conversations.view(ana);
			expect(owners.filter((o) => o.member?.id === 'ana').map((o) => o.audience.id)).toEqual([
				'fintech'
			]);
			expect(owners.map((o) => [o.audience.id, o.seat?.id ?? null, o.member?.id ?? null])).toEqual([
				['fintech', 's-ana', 'ana'],
				['health', 's-ben', 'ben'],
				['retail', null, null]
			]);
		});
	});
});
