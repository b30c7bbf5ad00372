import { hashSecret, newSecret } from '../auth/secrets';
import { notFound } from '../errors';
import { getStore } from './db';
import { newId, nowIso } from './ids';
import type { MemberRecord, TokenRecord } from './schema';

export const TOKEN_PREFIX = 'oc_';

export type PublicToken = Pick<TokenRecord, 'id' | 'name' | 'createdAt' | 'lastUsedAt'>;
const toPublic = ({ id, name, createdAt, lastUsedAt }: TokenRecord): PublicToken => ({
	id,
	name,
	createdAt,
	lastUsedAt
});

/** Issues a personal access token; the secret is returned once and stored only as a hash. */
export async function create(
	memberId: string,
	name: string
): Promise<{ token: PublicToken; secret: string }> {
	const secret = newSecret(TOKEN_PREFIX);
	const store = await getStore();
	const record = await store.update((data) => {
		const token: TokenRecord = {
			id: newId(),
			memberId,
			name,
			tokenHash: hashSecret(secret),
			createdAt: nowIso(),
			lastUsedAt: null,
			version: 1
		};
		data.tokens.push(token);
		return token;
	});
	return { token: toPublic(record), secret };
}

export async function listFor(memberId: string): Promise<PublicToken[]> {
	return (await getStore()).data.tokens.filter((t) => t.memberId === memberId).map(toPublic);
}

/** The member a bearer token belongs to; records use at most once an hour to spare writes. */
export async function resolve(secret: string): Promise<MemberRecord | undefined> {
	const store = await getStore();
	const hash = hashSecret(secret);
	const token = store.data.tokens.find((t) => t.tokenHash === hash);
	if (!token) return undefined;
	const member = store.data.members.find((m) => m.id === token.memberId && m.passwordHash !== null);
	if (
		member &&
		(token.lastUsedAt === null || Date.now() - Date.parse(token.lastUsedAt) > 3_600_000)
	) {
		await store.update((data) => {
			const t = data.tokens.find((x) => x.id === token.id);
			if (t) Object.assign(t, { lastUsedAt: nowIso(), version: t.version + 1 });
		});
	}
	return member;
}

export async function revoke(memberId: string, id: string): Promise<void> {
	const store = await getStore();
	await store.update((data) => {
		const before = data.tokens.length;
		data.tokens = data.tokens.filter((t) => !(t.id === id && t.memberId === memberId));
		if (data.tokens.length === before) throw notFound('That token');
	});
}
