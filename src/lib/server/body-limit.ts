import { json, type RequestEvent } from '@sveltejs/kit';
import { AppError } from './errors';

/**
 * The most any request body may hold, in bytes: 8 MB, enough for a 20,000-seat scenario or a
 * 5 MB import file with room. The app owns this limit; instrumentation.server.ts hands the same
 * number to adapter-node so `node build`, `npm start` and the tests all refuse at one size.
 */
export const BODY_LIMIT = 8 * 1024 * 1024;

/** A byte count as people read it: "64 KB", "8 MB", "9.3 MB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	const mb = bytes / 1024 / 1024;
	return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** The 413 for a body over `limit` bytes; `size` (bytes) when the client declared it. */
export function bodyTooLarge(limit: number, size?: number): AppError {
	const sent =
		size === undefined
			? 'The request body is too large'
			: `The request body is ${formatBytes(size)}`;
	return new AppError(
		413,
		'body_too_large',
		`${sent}; at most ${formatBytes(limit)} is accepted here, so nothing was changed. Send less (for an import, split the file or remove columns Orgcraft does not read).`,
		[{ path: '(body)', message: `expected at most ${formatBytes(limit)}` }],
		{ limitBytes: limit }
	);
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained error page for answers that never reach a Svelte page (no scripts). */
export function plainErrorPage(status: number, title: string, paragraphs: string[]): Response {
	const body = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Orgcraft: ${escapeHtml(title)}</title><main style="font:16px system-ui;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</main></html>`;
	return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * Refuses a request whose declared Content-Length is over BODY_LIMIT before anything reads it:
 * the API error shape for API calls, an ActionResult for enhanced form posts (the page shows the
 * message), a plain page for forms posted without JavaScript. Bodies sent without a length are
 * cut at the same size by the adapter and by readJson.
 */
export function refuseOversize(event: RequestEvent): Response | null {
	const declared = Number(event.request.headers.get('content-length') ?? '0');
	if (!(declared > BODY_LIMIT)) return null;
	const err = bodyTooLarge(BODY_LIMIT, declared);
	const error = { code: err.code, message: err.message, issues: err.issues, ...err.details };
	if (event.url.pathname.startsWith('/api/')) return json({ error }, { status: 413 });
	if (event.request.headers.get('x-sveltekit-action') === 'true')
		return json({ type: 'error', status: 413, error }, { status: 413 });
	if ((event.request.headers.get('accept') ?? '').includes('text/html'))
		return plainErrorPage(413, 'The form is too large', [
			err.message,
			'Go back to the page to try again.'
		]);
	return json({ error }, { status: 413 });
}
