import type { Actor, Role } from '../../domain/access/schema';
import { refuseRemoval, refuseRoleChange, type MemberRefusal } from '../../domain/access/members';
import { can } from '../../domain/access/permissions';
import { hashSecret, newSecret } from '../auth/secrets';
import { AppError, forbidden, notFound } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import * as events from './events';
import { newId, nowIso } from './ids';
import type { MemberRecord } from './schema';

/** Invites stay valid for 14 days. */
const INVITE_DAYS = 14;

export type PublicMember = Pick<
	MemberRecord,
	'id' | 'name' | 'email' | 'role' | 'createdAt' | 'version'
> & {
	status: 'active' | 'invited';
};

export const toPublic = (m: MemberRecord): PublicMember => ({
	id: m.id,
	name: m.name,
	email: m.email,
	role: m.role,
	createdAt: m.createdAt,
	version: m.version,
	status: m.passwordHash === null ? 'invited' : 'active'
});

/** Every member, in the order they joined. */
export async function list(): Promise<PublicMember[]> {
	const all = await read((tx) => tx.all('members'));
	return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(toPublic);
}

export async function get(id: string): Promise<MemberRecord | undefined> {
	return read((tx) => tx.get('members', id));
}

export async function findByEmail(email: string): Promise<MemberRecord | undefined> {
	const wanted = email.trim().toLowerCase();
	return (await read((tx) => tx.find('members', 'email', wanted)))[0];
}

/** Adds a member who sets their own password through the one-time invite token. */
export async function invite(actor: Actor, input: { name: string; email: string; role: Role }) {
	if (!can(actor, 'members.invite')) throw forbidden('Only admins can invite members.');
	const inviteToken = newSecret();
	const member = await write(async (tx) => {
		if ((await tx.find('members', 'email', input.email)).length > 0)
			throw new AppError(409, 'email_taken', `${input.email} is already a member`, [
				{ path: 'email', message: 'already a member' }
			]);
		const at = nowIso();
		const record: MemberRecord = {
			id: newId(),
			...input,
			passwordHash: null,
			inviteTokenHash: hashSecret(inviteToken),
			inviteExpiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000).toISOString(),
			createdAt: at,
			updatedAt: at,
			version: 1
		};
		await tx.insert('members', record.id, record);
		await events.record(tx, {
			at,
			actorId: actor.id,
			action: 'member.invited',
			subjectId: record.id,
			summary: `${input.email} invited as ${input.role}`
		});
		return record;
	});
	return { member: toPublic(member), inviteToken };
}

/** The invited member, if the token is live; used to greet them before they choose a password. */
export async function findByInvite(token: string): Promise<MemberRecord | undefined> {
	const hash = hashSecret(token);
	const now = Date.now();
	const [member] = await read((tx) => tx.find('members', 'inviteTokenHash', hash));
	return member?.inviteExpiresAt && Date.parse(member.inviteExpiresAt) > now ? member : undefined;
}

/** Sets the member's password and spends the invite token. */
export async function acceptInvite(token: string, passwordHash: string): Promise<PublicMember> {
	const hash = hashSecret(token);
	return write(async (tx) => {
		const [member] = await tx.find('members', 'inviteTokenHash', hash);
		if (
			!member ||
			member.inviteExpiresAt === null ||
			Date.parse(member.inviteExpiresAt) <= Date.now()
		)
			throw notFound('This invite link has expired or was already used; it');
		const accepted: MemberRecord = {
			...member,
			passwordHash,
			inviteTokenHash: null,
			inviteExpiresAt: null,
			updatedAt: nowIso(),
			version: member.version + 1
		};
		await tx.replace('members', member.id, accepted, member.version);
		return toPublic(accepted);
	});
}

function assertAllowed(refusal: MemberRefusal): void {
	if (refusal) throw new AppError(refusal.status, refusal.code, refusal.message);
}

async function existing(tx: Tx, id: string): Promise<MemberRecord> {
	const member = await tx.get('members', id);
	if (!member) throw notFound('That member');
	return member;
}

/** Gives a member another role if `expectedVersion` is still theirs; the last admin stays admin. */
export async function changeRole(
	actor: Actor,
	id: string,
	role: Role,
	expectedVersion: number
): Promise<PublicMember> {
	return write(async (tx) => {
		const member = await existing(tx, id);
		assertAllowed(refuseRoleChange(actor, await tx.all('members'), id, role));
		expectVersion(member, expectedVersion, `Member ${member.email}`);
		if (member.role === role) return toPublic(member);
		const next: MemberRecord = {
			...member,
			role,
			updatedAt: nowIso(),
			version: member.version + 1
		};
		await tx.replace('members', id, next, member.version);
		await events.record(tx, {
			actorId: actor.id,
			action: 'member.role-changed',
			subjectId: id,
			summary: `${member.email} changed from ${member.role} to ${role}`
		});
		return toPublic(next);
	});
}

/**
 * Removes a member in one action: their record, sessions and tokens go, so they are signed out
 * everywhere. What they wrote stays; it is shown as by a "former member".
 */
export async function remove(actor: Actor, id: string, expectedVersion: number): Promise<void> {
	await write(async (tx) => {
		const member = await existing(tx, id);
		assertAllowed(refuseRemoval(actor, await tx.all('members'), id));
		expectVersion(member, expectedVersion, `Member ${member.email}`);
		for (const session of await tx.find('sessions', 'memberId', id))
			await tx.remove('sessions', session.id);
		for (const token of await tx.find('tokens', 'memberId', id))
			await tx.remove('tokens', token.id);
		await tx.remove('members', id);
		await events.record(tx, {
			actorId: actor.id,
			action: 'member.removed',
			subjectId: id,
			summary: `${member.name} (${member.email}, ${member.role}) removed`
		});
	});
}
