const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * True when a browser sent a state-changing request from another site. Browsers always send
 * Origin on such requests; scripts (curl, integrations) send none and authenticate themselves.
 * The Host header is accepted too, so http://127.0.0.1:3000 works when ORIGIN names localhost.
 */
export function isCrossSite(request: Request, url: URL): boolean {
	if (!unsafe.has(request.method)) return false;
	const origin = request.headers.get('origin');
	if (origin === null || origin === url.origin) return false;
	try {
		return new URL(origin).host !== request.headers.get('host');
	} catch {
		return true;
	}
}
