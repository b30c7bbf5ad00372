import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { errorResponse } from '$lib/server/api';
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

export const handle: Handle = async ({ event, resolve }) => {
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

function storeErrorPage(err: Error): Response {
	const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const body = `<!doctype html><meta charset="utf-8"><title>Orgcraft: data file problem</title><main style="font:16px system-ui;max-width:40rem;margin:4rem auto"><h1>The data file cannot be read</h1><p>${escape(err.message)}</p><p>Orgcraft has not changed the file. Fix it or move it aside (a new empty workspace starts when no file exists), then reload.</p></main>`;
	return new Response(body, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}

export const handleError: HandleServerError = ({ error, status }) => {
	if (status === 404) return { code: 'not_found', message: 'This page does not exist.' };
	console.error(error);
	return { code: 'internal', message: 'Something went wrong on our side; nothing was changed.' };
};
