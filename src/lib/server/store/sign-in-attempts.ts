import { ACCOUNT_LIMIT, ADDRESS_LIMIT, recent, retryAfterMs, type Limit } from '../auth/rate-limit';
import { write, type Tx } from './db';
import type { SignInAttemptsRecord } from './schema';

const keysOf = (email: string, address: string): [string, Limit][] => [
	[`account:${email.trim().toLowerCase()}`, ACCOUNT_LIMIT],
	[`address:${address}`, ADDRESS_LIMIT]
];

/** Stores `attempts` under `key`, where `found` is what this action read there. */
async function put(
	tx: Tx,
	key: string,
	found: SignInAttemptsRecord | undefined,
	attempts: number[]
) {
	if (!found) {
		if (attempts.length > 0) await tx.insert('signInAttempts', key, { key, attempts, version: 1 });
	} else if (attempts.length === 0) await tx.remove('signInAttempts', key);
	else
		await tx.replace(
			'signInAttempts',
			key,
			{ key, attempts, version: found.version + 1 },
			found.version
		);
}

/**
 * Counts a sign-in attempt for the account and the client address before the password is
 * checked, in the store so every app process sees it. Returns 0 when the attempt may go ahead,
 * else the milliseconds until one may (and then nothing is counted).
 */
export async function admit(email: string, address: string, now = Date.now()): Promise<number> {
	return write(async (tx) => {
		const found: { key: string; limit: Limit; record: SignInAttemptsRecord | undefined }[] = [];
		for (const [key, limit] of keysOf(email, address))
			found.push({ key, limit, record: await tx.get('signInAttempts', key) });
		const attemptsOf = (f: (typeof found)[number]) => f.record?.attempts ?? [];
		const wait = Math.max(...found.map((f) => retryAfterMs(attemptsOf(f), f.limit, now)));
		if (wait > 0) return wait;
		for (const f of found)
			await put(tx, f.key, f.record, [...recent(attemptsOf(f), f.limit, now), now]);
		return 0;
	});
}

/** After a right password: the account starts afresh and this attempt no longer counts for the address. */
export async function succeeded(email: string, address: string, at: number): Promise<void> {
	await write(async (tx) => {
		const [[account], [addressKey, limit]] = keysOf(email, address) as [
			[string, Limit],
			[string, Limit]
		];
		await put(tx, account, await tx.get('signInAttempts', account), []);
		const record = await tx.get('signInAttempts', addressKey);
		const attempts = recent(record?.attempts ?? [], limit, at);
		const mine = attempts.lastIndexOf(at);
		if (mine >= 0) attempts.splice(mine, 1);
		await put(tx, addressKey, record, attempts);
	});
}
