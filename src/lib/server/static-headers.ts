import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { commonSecurityHeaders, isHttps } from './security-headers';

/** What Node publishes on `http.server.request.start` (node:http, Node ≥ 20). */
interface RequestStart {
	request: IncomingMessage;
	response: ServerResponse;
}

/** Sets the common security headers on a response before anything answers it. */
export function presetSecurityHeaders({ request, response }: RequestStart): void {
	const forwarded = request.headers['x-forwarded-proto'];
	const https = isHttps(
		(request.socket as Partial<TLSSocket>).encrypted === true,
		Array.isArray(forwarded) ? forwarded[0] : forwarded
	);
	for (const [name, value] of Object.entries(commonSecurityHeaders(https)))
		response.setHeader(name, value);
}

/**
 * adapter-node serves /_app/immutable and static/ itself, before the app's hooks run, so those
 * answers would go out without the security headers. Every request gets them preset as it
 * starts; the app's own answers set theirs again on top (hooks.server.ts), and win.
 */
export function secureEveryAnswer(): void {
	subscribe('http.server.request.start', (message) =>
		presetSecurityHeaders(message as RequestStart)
	);
}
