import { hashSecret, newSecret } from '../auth/secrets';
import { getStore } from './db';
import { nowIso } from './ids';
import type { MemberRecord } from './schema';

/** A session lasts 14 days from sign-in. */
export const SESSION_DAYS = 14;

/** Starts a session and returns the secret for the cookie (only its hash is stored). */
export async function create(memberId: string): Promise<{ secret: string; expiresAt: Date }> {
	const secret = newSecret();
	const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
	const store = await getStore();
	await store.update((data) => {
		const now = nowIso();
		data.sessions = data.sessions.filter((s) => s.expiresAt > now);
		data.sessions.push({
			id: hashSecret(secret),
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
	const { data } = await getStore();
	const id = hashSecret(secret);
	const session = data.sessions.find((s) => s.id === id);
	if (!session || session.expiresAt <= nowIso()) return undefined;
	return data.members.find((m) => m.id === session.memberId && m.passwordHash !== null);
}

export async function remove(secret: string): Promise<void> {
	const id = hashSecret(secret);
	const store = await getStore();
	if (!store.data.sessions.some((s) => s.id === id)) return;
	await store.update((data) => {
		data.sessions = data.sessions.filter((s) => s.id !== id);
	});
}
