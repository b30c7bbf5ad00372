import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import type { ConversationRequest } from '../../domain/conversations/schema';
import { audience, design, seat } from '../../domain/scenario/testing';
import { AppError } from '../errors';
import { read } from './db';
import { engines, seed as seedStore, useEngine } from './testing';
import * as conversations from './conversations';
import type { MemberRecord } from './schema';

const at = '2026-01-05T09:00:00.000Z';
const now = new Date('2026-11-18T12:00:00.000Z'); // Wednesday of 2026-W47
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

const member = (id: string, role: MemberRecord['role']): MemberRecord => ({
	id,
	name: `Member ${id}`,
	email: `${id}@example.test`,
	role,
	passwordHash: 'x',
	inviteTokenHash: null,
	inviteExpiresAt: null,
	createdAt: at,
	updatedAt: at,
	version: 1
});

const ana: Actor = { id: 'ana', role: 'marketer' };
const ben: Actor = { id: 'ben', role: 'marketer' };
const ada: Actor = { id: 'ada', role: 'admin' };
const lee: Actor = { id: 'lee', role: 'leader' };

/** A current scenario where ana's seat owns "fintech" and ben's seat owns "health". */
async function seed({ current = true } = {}) {
	await seedStore(async (tx) => {
		for (const m of [
			member('ana', 'marketer'),
			member('ben', 'marketer'),
			member('ada', 'admin'),
			member('lee', 'leader')
		])
			await tx.insert('members', m.id, m);
		await tx.insert('scenarios', 'scn', {
			...design(
				[
					seat('cmo', null, { kind: 'cmo' }),
					seat('s-ana', 'cmo', {
						kind: 'gtm-marketer',
						audienceIds: ['fintech'],
						memberEmail: 'ANA@example.test'
					}),
					seat('s-ben', 'cmo', {
						kind: 'gtm-marketer',
						audienceIds: ['health'],
						memberEmail: 'ben@example.test'
					})
				],
				[audience('fintech'), audience('health'), audience('retail')]
			),
			id: 'scn',
			status: current ? 'current' : 'draft',
			visibility: 'workspace',
			authorId: 'ada',
			version: 1,
			createdAt: at,
			updatedAt: at
		});
	});
}

const stored = () => read((tx) => tx.all('conversations'));

const request = (over: Partial<ConversationRequest> = {}): ConversationRequest => ({
	date: '2026-11-17',
	audienceId: 'fintech',
	company: 'Northwind',
	contactRole: 'Controller',
	type: 'call',
	pains: ['slow close'],
	...over
});

const caught = (promise: Promise<unknown>) =>
	promise.then(
		() => expect.unreachable('expected a refusal'),
		(err: unknown) => err as AppError
	);

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
			expect((await conversations.cadence(ana, {}, now)).thisWeek.count).toBe(0);
			expect((await caught(conversations.update(ana, saved.id, request(), 2, now))).status).toBe(
				409
			);
			const restored = await conversations.restore(ana, saved.id, 2, later(29));
			expect(restored).toMatchObject({ version: 3, deletedAt: null });
			expect((await conversations.cadence(ana, {}, now)).thisWeek.count).toBe(1);
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

	describe('cadence', () => {
		it('gives a marketer their own and admins the team’s unless they name a marketer', async () => {
			await seed();
			await conversations.create(ana, request({ date: '2026-11-10' }), now);
			await conversations.create(ana, request({ date: '2026-11-17' }), now);
			await conversations.create(ben, request({ audienceId: 'health' }), now);
			const mine = await conversations.cadence(ana, { weeks: 3 }, now);
			expect(mine.weeks.map((w) => [w.week, w.count])).toEqual([
				['2026-W45', 0],
				['2026-W46', 1],
				['2026-W47', 1]
			]);
			expect(mine).toMatchObject({ target: 1, currentStreak: 2, longestStreak: 2 });
			expect((await conversations.cadence(ada, { weeks: 1 }, now)).thisWeek.count).toBe(2);
			expect(
				(await conversations.cadence(ada, { marketer: 'ben', weeks: 1 }, now)).thisWeek.count
			).toBe(1);
			expect(
				(await conversations.cadence(ada, { audience: 'fintech', weeks: 1 }, now)).thisWeek.count
			).toBe(1);
			expect((await caught(conversations.cadence(ana, { marketer: 'ben' }, now))).status).toBe(403);
		});

		it('reports each linked member’s health by email for the org chart', async () => {
			await seed();
			await conversations.create(ana, request({ date: '2026-11-10' }), now);
			expect(
				await conversations.healthByEmail(
					ada,
					['ANA@example.test', 'ben@example.test', 'x@y.z'],
					now
				)
			).toEqual({ 'ANA@example.test': 'at-risk', 'ben@example.test': 'missed' });
		});
	});

	describe('seat health for the org chart', () => {
		it('gives admins every linked seat and a marketer only their own', async () => {
			await seed();
			await conversations.create(ana, request(), now);
			expect((await conversations.seatHealth(ada, now)).seats).toEqual([
				{ seatId: 's-ana', email: 'ana@example.test', status: 'met' },
				{ seatId: 's-ben', email: 'ben@example.test', status: 'missed' }
			]);
			expect((await conversations.seatHealth(ben, now)).seats).toEqual([
				{ seatId: 's-ben', email: 'ben@example.test', status: 'missed' }
			]);
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
