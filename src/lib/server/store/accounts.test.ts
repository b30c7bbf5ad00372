import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { profile } from '../../domain/assessment/testing';
import { AppError } from '../errors';
import * as members from './members';
import * as sessions from './sessions';
import * as signInAttempts from './sign-in-attempts';
import { engines, recorded, useEngine } from './testing';
import * as tokens from './tokens';
import * as workspace from './workspace';

const statusOf = (err: unknown) => (err instanceof AppError ? err.status : err);
const setUp = () =>
	workspace.setup({
		workspace: 'Acme',
		name: 'Ada',
		email: 'ada@example.test',
		passwordHash: 'hash',
		scenarios: []
	});

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('workspace', () => {
		it('is set up once, with its first admin, and recorded', async () => {
			expect(await workspace.isSetUp()).toBe(false);
			const admin = await setUp();
			expect(await workspace.isSetUp()).toBe(true);
			expect(await workspace.get()).toMatchObject({ name: 'Acme', version: 1 });
			expect(await setUp().catch(statusOf)).toBe(409);
			expect((await recorded()).map((e) => e.action)).toEqual(['workspace.created']);
			expect((await members.list()).map((m) => m.id)).toEqual([admin.id]);
		});

		it('keeps a company profile that admins set under the version check', async () => {
			const admin = await setUp();
			const ada: Actor = { id: admin.id, role: 'admin' };
			expect(await workspace.getProfile(ada)).toEqual({ profile: null, version: 1 });
			expect(await workspace.currentProfile()).toBeNull();
			const saved = await workspace.setProfile(ada, profile(), 1);
			expect(saved).toEqual({ profile: profile(), version: 2 });
			expect(await workspace.currentProfile()).toEqual(profile());
			expect(await workspace.setProfile(ada, profile(), 1).catch(statusOf)).toBe(409);
			const leader: Actor = { id: 'l', role: 'leader' };
			expect(await workspace.setProfile(leader, profile(), 2).catch(statusOf)).toBe(403);
			const bad = await workspace
				.setProfile(ada, { ...profile(), audiences: 0 }, 2)
				.catch((e) => e);
			expect(bad).toMatchObject({ status: 400, issues: [{ path: 'profile.audiences' }] });
			expect(await workspace.getProfile(leader)).toEqual(saved);
		});
	});

	describe('members, sessions and tokens', () => {
		it('invites a member once per email, who accepts with a password exactly once', async () => {
			const admin = await setUp();
			const ada: Actor = { id: admin.id, role: 'admin' };
			const { member, inviteToken } = await members.invite(ada, {
				name: 'Ben',
				email: 'ben@example.test',
				role: 'marketer'
			});
			expect(member.status).toBe('invited');
			const again = { name: 'Ben', email: 'ben@example.test', role: 'marketer' as const };
			expect(await members.invite(ada, again).catch(statusOf)).toBe(409);
			expect(await members.invite({ id: member.id, role: 'marketer' }, again).catch(statusOf)).toBe(
				403
			);
			expect((await members.findByInvite(inviteToken))?.id).toBe(member.id);
			expect((await members.acceptInvite(inviteToken, 'pw')).status).toBe('active');
			expect(await members.acceptInvite(inviteToken, 'pw').catch(statusOf)).toBe(404);
			expect((await members.findByEmail(' BEN@example.test '))?.passwordHash).toBe('pw');
		});

		it('resolves a session and a token to their member until ended or revoked', async () => {
			const admin = await setUp();
			const session = await sessions.create(admin.id);
			expect((await sessions.resolve(session.secret))?.id).toBe(admin.id);
			await sessions.remove(session.secret);
			expect(await sessions.resolve(session.secret)).toBeUndefined();
			const { token, secret } = await tokens.create(admin.id, 'CI');
			expect((await tokens.resolve(secret))?.id).toBe(admin.id);
			expect((await tokens.listFor(admin.id))[0]).toMatchObject({ id: token.id, name: 'CI' });
			expect((await tokens.listFor(admin.id))[0]!.lastUsedAt).not.toBeNull();
			expect(await tokens.revoke('someone-else', token.id).catch(statusOf)).toBe(404);
			await tokens.revoke(admin.id, token.id);
			expect(await tokens.resolve(secret)).toBeUndefined();
		});
	});

	describe('sign-in attempts', () => {
		it('admits five attempts per account in the window, then says how long to wait', async () => {
			const now = 1_800_000_000_000;
			for (let i = 0; i < 5; i++)
				expect(await signInAttempts.admit('ada@example.test', '10.0.0.1', now + i)).toBe(0);
			const wait = await signInAttempts.admit('ADA@example.test', '10.0.0.2', now + 10);
			expect(wait).toBe(15 * 60_000 - 10);
			expect(await signInAttempts.admit('ben@example.test', '10.0.0.1', now + 10)).toBe(0);
			expect(await signInAttempts.admit('ada@example.test', '10.0.0.1', now + 15 * 60_000)).toBe(0);
		});

		it('limits one address across many accounts, and forgets a successful attempt', async () => {
			const now = 1_800_000_000_000;
			for (let i = 0; i < 30; i++)
				expect(await signInAttempts.admit(`u${i}@example.test`, '10.0.0.9', now)).toBe(0);
			expect(await signInAttempts.admit('new@example.test', '10.0.0.9', now)).toBeGreaterThan(0);
			await signInAttempts.succeeded('u29@example.test', '10.0.0.9', now);
			expect(await signInAttempts.admit('new@example.test', '10.0.0.9', now)).toBe(0);
		});

		it('counts every attempt of a burst sent at once', async () => {
			const now = 1_800_000_000_000;
			const burst = await Promise.all(
				Array.from({ length: 12 }, () => signInAttempts.admit('ada@example.test', '10.0.0.3', now))
			);
			expect(burst.filter((w) => w === 0)).toHaveLength(5);
		});
	});
});
