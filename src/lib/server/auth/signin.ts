import { AppError } from '../errors';
import * as members from '../store/members';
import * as signInAttempts from '../store/sign-in-attempts';
import { verifyPassword } from './password';

/** A hash of a password nobody has, so unknown emails take as long as known ones. */
const decoy = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Checks a password under the sign-in limits (per account and per client address). The attempt
 * is counted before the slow password check, so a burst sent at once is limited too.
 */
export async function signIn(email: string, password: string, address: string) {
	const at = Date.now();
	const wait = await signInAttempts.admit(email, address, at);
	if (wait > 0) {
		const retryAfterSeconds = Math.ceil(wait / 1000);
		throw new AppError(
			429,
			'rate_limited',
			`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
			[],
			{ retryAfterSeconds }
		);
	}
	const member = await members.findByEmail(email);
	const ok = await verifyPassword(password, member?.passwordHash ?? decoy);
	if (!member || !member.passwordHash || !ok)
		throw new AppError(
			401,
			'invalid_credentials',
			'That email and password do not match an account.',
			[{ path: 'password', message: 'email or password is wrong' }]
		);
	await signInAttempts.succeeded(email, address, at);
	return member;
}
