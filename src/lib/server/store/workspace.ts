import type { Design } from '../../domain/scenario/schema';
import { AppError } from '../errors';
import { getStore } from './db';
import { newId, nowIso } from './ids';
import type { MemberRecord } from './schema';

export interface SetupInput {
	workspace: string;
	name: string;
	email: string;
	passwordHash: string;
	/** Scenarios to seed the workspace with (the demo data), in order. */
	scenarios: { design: Design; status: 'current' | 'draft'; visibility: 'private' | 'workspace' }[];
}

/** Setup is open only while the store has no workspace and no account. */
export async function isSetUp(): Promise<boolean> {
	const { data } = await getStore();
	return data.workspace !== null || data.members.length > 0;
}

export async function get() {
	return (await getStore()).data.workspace;
}

/** Creates the workspace, its first admin and any seed scenarios in one write. */
export async function setup(input: SetupInput): Promise<MemberRecord> {
	const store = await getStore();
	return store.update((data) => {
		if (data.workspace !== null || data.members.length > 0)
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
		data.workspace = { id: newId(), name: input.workspace, createdAt: at, version: 1 };
		data.members.push(admin);
		for (const seed of input.scenarios) {
			const id = newId();
			data.scenarios.push({
				...seed.design,
				id,
				status: seed.status,
				visibility: seed.visibility,
				authorId: admin.id,
				version: 1,
				createdAt: at,
				updatedAt: at
			});
			data.revisions.push({
				scenarioId: id,
				version: 1,
				savedAt: at,
				savedBy: admin.id,
				design: seed.design
			});
		}
		data.events.push({
			id: newId(),
			at,
			actorId: admin.id,
			action: 'workspace.created',
			subjectId: data.workspace.id,
			summary: `Workspace "${input.workspace}" created`
		});
		return admin;
	});
}
