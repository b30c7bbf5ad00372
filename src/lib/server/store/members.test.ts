import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { design, seat } from '../../domain/scenario/testing';
import { AppError } from '../errors';
import * as members from './members';
import * as scenarioHistory from './scenario-history';
import * as scenarios from './scenarios';
import * as sessions from './sessions';
import { engines, recorded, useEngine } from './testing';
import * as tokens from './tokens';
import * as workspace from './workspace';

const codeOf = (err: unknown) => (err instanceof AppError ? err.code : err);

/** A workspace with its admin and an active leader who has a session and a token. */
async function team() {
	const ada = await workspace.setup({
		workspace: 'Acme',
		name: 'Ada',
		email: 'ada@example.test',
		passwordHash: 'hash',
		scenarios: []
	});
	const admin: Actor = { id: ada.id, role: 'admin' };
	const { member, inviteToken } = await members.invite(admin, {
		name: 'Lee',
		email: 'lee@example.test',
		role: 'leader'
	});
	const lee = await members.acceptInvite(inviteToken, 'hash');
	const session = await sessions.create(member.id);
	const token = await tokens.create(member.id, 'CLI');
	return { admin, lee, session: session.secret, token: token.secret };
}

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('members repository', () => {
		it('changes a role under the version check, and records it', async () => {
			const { admin, lee } = await team();
			const changed = await members.changeRole(admin, lee.id, 'custodian', lee.version);
			expect(changed).toMatchObject({ role: 'custodian', version: lee.version + 1 });
			expect(await members.changeRole(admin, lee.id, 'marketer', lee.version).catch(codeOf)).toBe(
				'version_conflict'
			);
			expect((await members.get(lee.id))?.role).toBe('custodian');
			expect((await recorded()).at(-1)).toMatchObject({ action: 'member.role-changed' });
		});

		it('keeps the last admin: no demotion, no removal, the store unchanged', async () => {
			const { admin } = await team();
			const me = (await members.get(admin.id))!;
			expect(await members.changeRole(admin, admin.id, 'leader', me.version).catch(codeOf)).toBe(
				'last_admin'
			);
			expect(await members.remove(admin, admin.id, me.version).catch(codeOf)).toBe('last_admin');
			expect((await members.get(admin.id))?.role).toBe('admin');
		});

		it('removes a member: sessions and tokens end, what they wrote stays attributed', async () => {
			const { admin, lee, session, token } = await team();
			const leader: Actor = { id: lee.id, role: 'leader' };
			const draft = await scenarios.create(leader, design([seat('cmo', null, { kind: 'cmo' })]));
			expect(await members.remove(leader, admin.id, 1).catch(codeOf)).toBe('forbidden');
			expect(await sessions.resolve(session)).toMatchObject({ id: lee.id });
			await members.remove(admin, lee.id, lee.version);
			expect(await sessions.resolve(session)).toBeUndefined();
			expect(await tokens.resolve(token)).toBeUndefined();
			expect(await members.get(lee.id)).toBeUndefined();
			const [listed] = await scenarios.list(admin);
			expect(listed).toMatchObject({ id: draft.id, authorName: 'former member' });
			expect((await scenarioHistory.history(admin, draft.id))[0]?.authorName).toBe('former member');
			expect((await recorded()).at(-1)).toMatchObject({
				action: 'member.removed',
				summary: expect.stringContaining('Lee')
			});
		});
	});
});
