import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeEach, expect, inject } from 'vitest';
import type { Design } from '../../domain/scenario/schema';
import type { AppError } from '../errors';
import { closeAll, read, write, type Tx } from './db';
import * as events from './events';
import type { EventRecord, MemberRecord } from './schema';

declare module 'vitest' {
	export interface ProvidedContext {
		postgresUrl: string;
	}
}

export type EngineKind = 'embedded' | 'postgresql';

/** Both engines: every contract suite runs once on each. */
export const engines: EngineKind[] = ['embedded', 'postgresql'];

let database: Promise<string> | undefined;

/** A database of this test file's own on the test server, made on first use. */
function fileDatabase(): Promise<string> {
	database ??= (async () => {
		const server = inject('postgresUrl');
		const admin = postgres(server, { max: 1, onnotice: () => undefined });
		const name = `t_${Math.random().toString(36).slice(2, 12)}`;
		try {
			await admin.unsafe(`CREATE DATABASE ${name}`);
		} finally {
			await admin.end();
		}
		const url = new URL(server);
		url.pathname = `/${name}`;
		return url.toString();
	})();
	return database;
}

/** Points the store at a fresh, empty `kind` engine: a new DATA_DIR, or this file's database emptied. */
export async function freshStore(kind: EngineKind): Promise<void> {
	await closeAll();
	if (kind === 'embedded') {
		delete process.env.DATABASE_URL;
		process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-repo-'));
		return;
	}
	const url = await fileDatabase();
	process.env.DATABASE_URL = url;
	await write(async () => undefined); // opens and migrates
	const db = postgres(url, { max: 1, onnotice: () => undefined });
	try {
		await db`TRUNCATE orgcraft_records, orgcraft_log`;
	} finally {
		await db.end();
	}
}

/** A fresh, empty `kind` engine before each test of the suite; call inside its describe. */
export function useEngine(kind: EngineKind): void {
	beforeEach(() => freshStore(kind));
	afterAll(async () => {
		await closeAll();
		delete process.env.DATABASE_URL;
	});
}

/** Writes records straight into the store, as a test's starting point. */
export const seed = (fn: (tx: Tx) => Promise<void>) => write(fn);

/** The recorded events, oldest first. */
export const recorded = (): Promise<EventRecord[]> => read(events.all);

/** A member to seed: `<id>@example.test`, named "Member <id>", created and updated at `at`. */
export const memberRecord = (
	id: string,
	role: MemberRecord['role'],
	at = '2026-01-05T09:00:00.000Z'
): MemberRecord => ({
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

/** The error `promise` is refused with; the test fails when it resolves. */
export const caught = (promise: Promise<unknown>): Promise<AppError> =>
	promise.then(
		() => expect.unreachable('expected a refusal'),
		(err: unknown) => err as AppError
	);

/**
 * Seeds `members` (id and role, see memberRecord) and `design` as the workspace's current
 * scenario, id 'scn', authored by the first member (or 'ada'), saved at `at`.
 */
export const seedCurrent = (
	design: Design,
	members: [string, MemberRecord['role']][] = [],
	at = '2026-01-05T09:00:00.000Z'
) =>
	seed(async (tx) => {
		for (const [id, role] of members) await tx.insert('members', id, memberRecord(id, role, at));
		await tx.insert('scenarios', 'scn', {
			...design,
			id: 'scn',
			status: 'current',
			visibility: 'workspace',
			authorId: members[0]?.[0] ?? 'ada',
			version: 1,
			createdAt: at,
			updatedAt: at
		});
	});
