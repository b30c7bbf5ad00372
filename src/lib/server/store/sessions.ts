import { hashSecret, newSecret } from '../auth/secrets';
import { read, write } from './db';
import { nowIso } from './ids';
import type { MemberRecord } from './schema';

/** A session lasts 14 days from sign-in. */
export const SESSION_DAYS = 14;

/** Starts a session and returns the secret for the cookie (only its hash is stored). */
export async function create(memberId: string): Promise<{ secret: string; expiresAt: Date }> {
	const secret = newSecret();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
	await write(async (tx) => {
		const now = nowIso();
		for (const old of await tx.all('sessions'))
			if (old.expiresAt <= now) await tx.remove('sessions', old.id);
		const id = hashSecret(secret);
		await tx.insert('sessions', id, {
			id,
			memberId,
			createdAt: now,
			expiresAt: expiresAt.toISOString(),
			version: 1
		});
	});
	return { secret, expiresAt };
}

/** The signed-in member for a cookie secret, or undefined when unknown or expired. */
export async function resolve(secret: string): Promise<MemberRecord | undefined> {
	if (!secret) return undefined;
	return read(async (tx) => {
		const session = await tx.get('sessions', hashSecret(secret));
		if (!session || session.expiresAt <= nowIso()) return undefined;
		const member = await tx.get('members', session.memberId);
		return member?.passwordHash !== null ? member : undefined;
	});
}

export async function remove(secret: string): Promise<void> {
	const id = hashSecret(secret);
	if (!(await read((tx) => tx.get('sessions', id)))) return;
	await write((tx) => tx.remove('sessions', id));
}
