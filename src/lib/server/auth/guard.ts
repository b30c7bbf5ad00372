import type { Role } from '$lib/domain/access/schema';
import { AppError, forbidden } from '../errors';

export const SESSION_COOKIE = 'orgcraft_session';

type User = NonNullable<App.Locals['user']>;

/** The signed-in member, or a 401 that says how to sign in. */
export function requireUser(locals: App.Locals): User {
	if (!locals.user)
		throw new AppError(
			401,
			'unauthenticated',
			'Sign in first: send the session cookie from POST /api/v1/session or an Authorization: Bearer token.'
		);
	return locals.user;
}

/** The signed-in member if their role is one of `roles`, else 403 naming the roles allowed. */
export function requireRole(locals: App.Locals, ...roles: Role[]): User {
	const user = requireUser(locals);
	if (!roles.includes(user.role))
		throw forbidden(`This needs the ${roles.join(' or ')} role; you are ${user.role}.`);
	return user;
}
