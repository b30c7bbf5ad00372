import type { Cookies } from '@sveltejs/kit';
import * as sessions from '../store/sessions';
import { SESSION_COOKIE } from './guard';

/** Starts a session for the member and sets its HttpOnly, SameSite=Lax cookie. */
export async function startSession(cookies: Cookies, memberId: string, secure: boolean) {
	const { secret, expiresAt } = await sessions.create(memberId);
	cookies.set(SESSION_COOKIE, secret, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export async function endSession(cookies: Cookies) {
	const secret = cookies.get(SESSION_COOKIE);
	if (secret) await sessions.remove(secret);
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
