import {
	isRedirect,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { errorResponse } from '$lib/server/api';
import { BODY_LIMIT, bodyTooLarge, plainErrorPage, refuseOversize } from '$lib/server/body-limit';
import { withSecurityHeaders } from '$lib/server/security-headers';
import { AppError } from '$lib/server/errors';
import { SESSION_COOKIE } from '$lib/server/auth/guard';
import { isCrossSite } from '$lib/server/auth/origin';
import * as sessions from '$lib/server/store/sessions';
import * as tokens from '$lib/server/store/tokens';
import * as workspace from '$lib/server/store/workspace';
import * as store from '$lib/server/store/health';
import { StoreFileError, StoreUnavailableError } from '$lib/server/store/health';

/** Reachable without signing in (besides health): setup, sign-in, invites and read-only links. */
const publicApi = [
	/^\/api\/v1\/setup$/,
	/^\/api\/v1\/session$/,
	/^\/api\/v1\/invites\/[^/]+$/,
	/^\/api\/v1\/shared\/[^/]+$/
];
const publicPages = [/^\/setup$/, /^\/signin$/, /^\/invite\/[^/]+$/, /^\/shared\/[^/]+$/];

/**
 * PostgreSQL is opened (and migrated) before the first request: a DATABASE_URL that does not
 * answer or is refused stops the process with one line saying which. An embedded store that
 * cannot be read is reported on every page instead, so its owner can fix the file.
 */
export const init: ServerInit = async () => {
	// adapter-node stops taking requests, then emits this; open connections would keep it alive.
	process.once('sveltekit:shutdown', () => void store.close());
	if (!process.env.DATABASE_URL) return;
	try {
		await store.open();
	} catch (err) {
		console.error(
			err instanceof StoreUnavailableError ? err.message : `DATABASE_URL: ${String(err)}`
		);
		process.exit(1);
	}
};

async function identify(event: Parameters<Handle>[0]['event']): Promise<App.Locals['user']> {
	const header = event.request.headers.get('authorization');
	const member = header
		? /^Bearer\s+(\S+)$/i.test(header)
			? await tokens.resolve(header.replace(/^Bearer\s+/i, ''))
			: undefined
		: await sessions.resolve(event.cookies.get(SESSION_COOKIE) ?? '');
	if (header && !member)
		throw new AppError(
			401,
			'invalid_token',
			'The bearer token is unknown or revoked. Create a new one on the Tokens page (/settings/tokens).'
		);
	return member
		? { id: member.id, name: member.name, email: member.email, role: member.role }
		: null;
}

/** Every answer gets the security headers; bodies over the app's limit are refused unread. */
const guard: Handle = async ({ event, resolve }) => {
	try {
		return withSecurityHeaders(event, refuseOversize(event) ?? (await resolve(event)));
	} catch (err) {
		// Client-side navigations and enhanced forms expect SvelteKit's own JSON redirect.
		if (!isRedirect(err) || event.isDataRequest || event.request.headers.has('x-sveltekit-action'))
			throw err;
		const moved = new Response(null, { status: err.status, headers: { location: err.location } });
		return withSecurityHeaders(event, moved);
	}
};

const app: Handle = async ({ event, resolve }) => {
	const path = event.url.pathname;
	const isApi = path.startsWith('/api/');
	// Health answers whether the store does, without signing in.
	if (path === '/api/v1/health') return resolve(event);
	if (isCrossSite(event.request, event.url)) {
		const refusal = new AppError(
			403,
			'cross_site',
			'Requests that change data must come from this site.'
		);
		return isApi ? errorResponse(refusal) : new Response(refusal.message, { status: 403 });
	}
	try {
		await store.open();
		event.locals.user = await identify(event);
	} catch (err) {
		if (isApi) return errorResponse(err);
		if (err instanceof StoreFileError || err instanceof StoreUnavailableError)
			return storeErrorPage(err);
		event.locals.user = null;
	}
	if (event.locals.user) return resolve(event);
	if (isApi) {
		if (publicApi.some((p) => p.test(path))) return resolve(event);
		return errorResponse(
			new AppError(
				401,
				'unauthenticated',
				'Sign in first: send the session cookie from POST /api/v1/session or an Authorization: Bearer token.'
			)
		);
	}
	if (path.startsWith('/_app/')) return resolve(event);
	const setUp = await workspace.isSetUp();
	if (!setUp && path !== '/setup') redirect(303, '/setup');
	if (publicPages.some((p) => p.test(path))) return resolve(event);
	const next = path === '/' ? '' : `?next=${encodeURIComponent(path + event.url.search)}`;
	redirect(303, `/signin${next}`);
};

export const handle = sequence(guard, app);

function storeErrorPage(err: Error): Response {
	return plainErrorPage(503, 'The data file cannot be read', [
		err.message,
		'Orgcraft has not changed the file. Fix it or move it aside (a new empty workspace starts when no file exists), then reload.'
	]);
}

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { code: 'not_found', message: 'This page does not exist.' };
	// A form body sent without a length and cut at the limit by the adapter.
	if (status === 413) {
		const { code, message } = bodyTooLarge(BODY_LIMIT);
		return { code, message };
	}
	console.error(error);
	return { code: 'internal', message: 'Something went wrong on our side; nothing was changed.' };
};
