import type { RequestEvent } from '@sveltejs/kit';

/**
 * For answers SvelteKit did not give a page policy (API, redirects, plain error pages): nothing
 * may load but inline styles of a plain page; no framing. Pages get kit.csp (svelte.config.js).
 */
const FALLBACK_CSP =
	"default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** One year, in seconds; sent only over https, where browsers honour it. */
const HSTS_MAX_AGE = 365 * 24 * 60 * 60;

/** True when the browser reached us over https, directly or through a proxy that says so. */
export function overHttps(event: RequestEvent): boolean {
	const forwarded = event.request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
	return event.url.protocol === 'https:' || forwarded === 'https';
}

/** Sets the security headers on an answer; a copy is made when its headers are immutable. */
export function withSecurityHeaders(event: RequestEvent, response: Response): Response {
	const headers: Record<string, string> = {
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'referrer-policy': 'same-origin',
		'cross-origin-opener-policy': 'same-origin',
		'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()'
	};
	if (!response.headers.has('content-security-policy'))
		headers['content-security-policy'] = FALLBACK_CSP;
	if (overHttps(event)) headers['strict-transport-security'] = `max-age=${HSTS_MAX_AGE}`;
	try {
		for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
		return copy;
	}
}
