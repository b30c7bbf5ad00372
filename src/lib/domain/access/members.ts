import type { Actor, Role } from './schema';

/** A member as these rules need them: who, and with which role. */
export interface MemberRole {
	id: string;
	role: Role;
}

/** Why a change to a member is refused, in words an admin can act on; null when allowed. */
export type MemberRefusal = { status: 403 | 409; code: string; message: string } | null;

const lastAdmin = (members: MemberRole[], targetId: string) =>
	members.some((m) => m.id === targetId && m.role === 'admin') &&
	members.filter((m) => m.role === 'admin').length === 1;

/**
 * May `actor` give member `targetId` the role `next`? Only admins change roles, and the
 * workspace always keeps at least one admin (the last one cannot be demoted).
 */
export function refuseRoleChange(
	actor: Actor,
	members: MemberRole[],
	targetId: string,
	next: Role
): MemberRefusal {
	if (actor.role !== 'admin')
		return { status: 403, code: 'forbidden', message: 'Only admins can change roles.' };
	if (next !== 'admin' && lastAdmin(members, targetId))
		return {
			status: 409,
			code: 'last_admin',
			message:
				'This is the workspace’s only admin: make another member admin first, then change this role.'
		};
	return null;
}

/**
 * May `actor` remove member `targetId`? Only admins remove members, and never the last admin
 * (a workspace without an admin could not be managed again).
 */
export function refuseRemoval(
	actor: Actor,
	members: MemberRole[],
	targetId: string
): MemberRefusal {
	if (actor.role !== 'admin')
		return { status: 403, code: 'forbidden', message: 'Only admins can remove members.' };
	if (lastAdmin(members, targetId))
		return {
			status: 409,
			code: 'last_admin',
			message:
				'This is the workspace’s only admin and cannot be removed: make another member admin first.'
		};
	return null;
}
