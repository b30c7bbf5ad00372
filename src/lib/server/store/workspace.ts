import type { Actor } from '../../domain/access/schema';
import { can } from '../../domain/access/permissions';
import { profileSchema, type Profile } from '../../domain/assessment/schema';
import type { Design } from '../../domain/scenario/schema';
import { AppError, forbidden } from '../errors';
import { checked } from './checked';
import { expectVersion, read, write } from './db';
import { SINGLE } from './engine/collections';
import * as events from './events';
import { newId, nowIso } from './ids';
import type { MemberRecord, WorkspaceRecord } from './schema';

export interface SetupInput {
	workspace: string;
	name: string;
	email: string;
	passwordHash: string;
	/** Scenarios to seed the workspace with (the demo data), in order. */
	scenarios: { design: Design; status: 'current' | 'draft'; visibility: 'private' | 'workspace' }[];
}

export type PublicWorkspace = Pick<WorkspaceRecord, 'id' | 'name' | 'createdAt' | 'version'>;

/** Setup is open only while the store has no workspace and no account. */
export async function isSetUp(): Promise<boolean> {
	return read(
		async (tx) =>
			(await tx.get('workspace', SINGLE)) !== undefined || (await tx.all('members')).length > 0
	);
}

export async function get(): Promise<PublicWorkspace | null> {
	const found = await read((tx) => tx.get('workspace', SINGLE));
	if (!found) return null;
	const { id, name, createdAt, version } = found;
	return { id, name, createdAt, version };
}

/** Creates the workspace, its first admin and any seed scenarios in one action. */
export async function setup(input: SetupInput): Promise<MemberRecord> {
	return write(async (tx) => {
		if ((await tx.get('workspace', SINGLE)) || (await tx.all('members')).length > 0)
			throw new AppError(409, 'setup_closed', 'This workspace is already set up. Sign in instead.');
		const at = nowIso();
		const admin: MemberRecord = {
			id: newId(),
			name: input.name,
			email: input.email,
			role: 'admin',
			passwordHash: input.passwordHash,
			inviteTokenHash: null,
			inviteExpiresAt: null,
			createdAt: at,
			updatedAt: at,
			version: 1
		};
		const workspace = {
			id: newId(),
			name: input.workspace,
			createdAt: at,
			profile: null,
			version: 1
		};
		await tx.insert('workspace', SINGLE, workspace);
		await tx.insert('members', admin.id, admin);
		for (const seed of input.scenarios) {
			const id = newId();
			await tx.insert('scenarios', id, {
				...seed.design,
				id,
				status: seed.status,
				visibility: seed.visibility,
				authorId: admin.id,
				version: 1,
				createdAt: at,
				updatedAt: at
			});
			await tx.append('revisions', id, {
				scenarioId: id,
				version: 1,
				savedAt: at,
				savedBy: admin.id,
				design: seed.design,
				action: 'saved',
				note: ''
			});
		}
		await events.record(tx, {
			at,
			actorId: admin.id,
			action: 'workspace.created',
			subjectId: workspace.id,
			summary: `Workspace "${input.workspace}" created`
		});
		return admin;
	});
}

export interface WorkspaceProfile {
	/** The company profile of the capacity assessment, null until an admin sets it. */
	profile: Profile | null;
	version: number;
}

/** The workspace's company profile; any signed-in member reads it. */
export async function getProfile(_actor: Actor): Promise<WorkspaceProfile> {
	const found = await read((tx) => tx.get('workspace', SINGLE));
	if (!found) throw new AppError(409, 'not_set_up', 'The workspace is not set up yet.');
	const parsed = found.profile === null ? null : profileSchema.safeParse(found.profile);
	return { profile: parsed?.success ? parsed.data : null, version: found.version };
}

/**
 * The company profile the workspace's simulations and assessments start from: null until set,
 * or before setup. A stored profile the schema no longer accepts counts as not set.
 */
export async function currentProfile(): Promise<Profile | null> {
	const found = await read((tx) => tx.get('workspace', SINGLE));
	const parsed = found?.profile ? profileSchema.safeParse(found.profile) : null;
	return parsed?.success ? parsed.data : null;
}

/** Replaces the company profile if `expectedVersion` is the workspace's (else 409); admins only. */
export async function setProfile(
	actor: Actor,
	profile: unknown,
	expectedVersion: number
): Promise<WorkspaceProfile> {
	if (!can(actor, 'workspace.profile'))
		throw forbidden('Only admins can change the company profile.');
	const next = checked(profileSchema, profile, 'profile');
	return write(async (tx) => {
		const found = await tx.get('workspace', SINGLE);
		if (!found) throw new AppError(409, 'not_set_up', 'The workspace is not set up yet.');
		expectVersion(found, expectedVersion, 'The workspace');
		const saved = { ...found, profile: next, version: found.version + 1 };
		await tx.replace('workspace', SINGLE, saved, found.version);
		return { profile: next, version: saved.version };
	});
}
