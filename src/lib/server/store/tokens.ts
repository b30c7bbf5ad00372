import { hashSecret, newSecret } from '../auth/secrets';
import { notFound } from '../errors';
import { read, write } from './db';
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
	const token: TokenRecord = {
		id: newId(),
		memberId,
		name,
		tokenHash: hashSecret(secret),
		createdAt: nowIso(),
		lastUsedAt: null,
		version: 1
	};
	await write((tx) => tx.insert('tokens', token.id, token));
	return { token: toPublic(token), secret };
}

/** The member's tokens, oldest first. */
export async function listFor(memberId: string): Promise<PublicToken[]> {
	const mine = await read((tx) => tx.find('tokens', 'memberId', memberId));
	return mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map(toPublic);
}

/** The member a bearer token belongs to; records use at most once an hour to spare writes. */
export async function resolve(secret: string): Promise<MemberRecord | undefined> {
	const hash = hashSecret(secret);
	const found = await read(async (tx) => {
		const [token] = await tx.find('tokens', 'tokenHash', hash);
		const member = token && (await tx.get('members', token.memberId));
		return token && member?.passwordHash ? { token, member } : undefined;
	});
	if (!found) return undefined;
	const { token, member } = found;
	if (token.lastUsedAt === null || Date.now() - Date.parse(token.lastUsedAt) > 3_600_000)
		await write(async (tx) => {
			const current = await tx.get('tokens', token.id);
			if (current)
				await tx.replace(
					'tokens',
					token.id,
					{ ...current, lastUsedAt: nowIso(), version: current.version + 1 },
					current.version
				);
		});
	return member;
}

export async function revoke(memberId: string, id: string): Promise<void> {
	await write(async (tx) => {
		const token = await tx.get('tokens', id);
		if (!token || token.memberId !== memberId) throw notFound('That token');
		await tx.remove('tokens', id);
	});
}
