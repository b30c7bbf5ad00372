import { describe, expect, it } from 'vitest';
import { isCrossSite } from './origin';

const url = new URL('http://localhost:3000/scenarios');
const request = (method: string, headers: Record<string, string>) =>
	new Request('http://localhost:3000/scenarios', { method, headers });

describe('isCrossSite', () => {
	it.each([
		['a GET from anywhere', 'GET', { origin: 'https://evil.example' }, false],
		[
			'a POST from the app itself',
			'POST',
			{ origin: 'http://localhost:3000', host: 'localhost:3000' },
			false
		],
		[
			'a POST on the loopback address the browser used',
			'POST',
			{ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' },
			false
		],
		['a script without Origin', 'DELETE', {}, false],
		[
			'a POST from another site',
			'POST',
			{ origin: 'https://evil.example', host: 'localhost:3000' },
			true
		],
		[
			'a PUT from another port',
			'PUT',
			{ origin: 'http://localhost:4000', host: 'localhost:3000' },
			true
		],
		['an opaque origin', 'POST', { origin: 'null', host: 'localhost:3000' }, true]
	])('%s: %s', (_, method, headers, expected) => {
		expect(isCrossSite(request(method, headers), url)).toBe(expected);
	});
});
