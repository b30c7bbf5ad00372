import type { RequestEvent } from '@sveltejs/kit';

/**
 * For answers SvelteKit did not give a page policy (API, redirects, plain error pages): nothing
 * may load but inline styles of a plain page; no framing. Pages get kit.csp (svelte.config.js).
 */
const FALLBACK_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** One year, in seconds; sent only over https, where browsers honour it. */
const HSTS_MAX_AGE = 365 * 24 * 60 * 60;

/**
 * True when the browser reached us over https: directly (`https` true), or through a proxy whose
 * X-Forwarded-Proto says so.
 */
export function isHttps(https: boolean, forwardedProto: string | null | undefined): boolean {
	return https || forwardedProto?.split(',')[0]?.trim() === 'https';
}

/** True when the browser reached us over https, directly or through a proxy that says so. */
export const overHttps = (event: RequestEvent): boolean =>
	isHttps(event.url.protocol === 'https:', event.request.headers.get('x-forwarded-proto'));

/**
 * The headers every answer carries, static files included: no sniffing, no framing, no
 * referrer across sites, no powerful features, and HSTS over https. A content security policy
 * is not among them: each answer of the app gets its own (withSecurityHeaders), and a static
 * script needs none (a worker's would govern what the worker may load).
 */
export function commonSecurityHeaders(https: boolean): Record<string, string> {
	return {
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'same-origin',
		'cross-origin-opener-policy': 'same-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
		...(https ? { 'strict-transport-security': `max-age=${HSTS_MAX_AGE}` } : {})
	};
}

/** Sets the security headers on an answer; a copy is made when its headers are immutable. */
export function withSecurityHeaders(event: RequestEvent, response: Response): Response {
	const headers = commonSecurityHeaders(overHttps(event));
	if (!response.headers.has('content-security-policy'))
		headers['content-security-policy'] = FALLBACK_CSP;
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
		return copy;
	}
}
