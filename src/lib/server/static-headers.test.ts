import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureEveryAnswer } from './static-headers';

let server: Server;
let url: string;

beforeAll(async () => {
	secureEveryAnswer();
	// Like adapter-node: a static file answered without the hooks, and an app answer with its own.
	server = createServer((req, res) => {
		if (req.url === '/_app/immutable/app.js') {
			res.setHeader('cache-control', 'public,max-age=31536000,immutable');
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end('export {};');
		} else {
			res.writeHead(200, { 'x-frame-options': 'SAMEORIGIN', 'content-type': 'text/plain' });
			res.end('app');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the security headers of answers the hooks never see', () => {
	it('are set on a static file, with HSTS only when a proxy says https', async () => {
		const plain = await fetch(`${url}/_app/immutable/app.js`);
		expect(Object.fromEntries(plain.headers)).toMatchObject({
			'x-content-type-options': 'nosniff',
			'x-frame-options': 'DENY',
			'referrer-policy': 'same-origin',
			'cache-control': 'public,max-age=31536000,immutable'
		});
		expect(plain.headers.get('strict-transport-security')).toBeNull();
		const proxied = await fetch(`${url}/_app/immutable/app.js`, {
			headers: { 'x-forwarded-proto': 'https' }
		});
		expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}$/);
	});

	it('give way to what the app sets itself', async () => {
		const answer = await fetch(`${url}/scenarios`);
		expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
