import { request as httpRequest } from 'node:http';
import { expect, type APIRequestContext } from '@playwright/test';

/** What the checks below read of a response: Playwright's APIResponse, or `sendOnce`'s answer. */
export interface Answer {
	status(): number;
	headers(): Record<string, string>;
	text(): Promise<string>;
}

/** The one error shape of the API (issue 2, PRODUCT.md "Interfaces beyond the UI"). */
export interface ApiError {
	error: {
		code: string;
		message: string;
		issues: { path: string; message: string }[];
		[detail: string]: unknown;
	};
}

/** A scenario as the API returns it; only the fields these tests read are typed. */
export interface StoredScenario {
	id: string;
	name: string;
	status: 'draft' | 'current';
	visibility: 'private' | 'workspace';
	version: number;
	seats: { id: string; title: string; managerId: string | null; fte: number }[];
	[field: string]: unknown;
}

/** Checks the status and the documented error body (no stack trace), and returns the body. */
export async function expectApiError(
	response: Answer,
	status: number,
	code?: string
): Promise<ApiError> {
	const text = await response.text();
	expect(response.status(), text).toBe(status);
	expect(response.headers()['content-type']).toContain('application/json');
	const body = JSON.parse(text) as ApiError;
	expect(body).toEqual({
		error: expect.objectContaining({
			code: expect.any(String),
			message: expect.any(String),
			issues: expect.any(Array)
		})
	});
	for (const issue of body.error.issues)
		expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
	expect(text).not.toMatch(/\n\s+at |node_modules|\.js:\d+/);
	if (code) expect(body.error.code).toBe(code);
	return body;
}

/** The paths named by an error body's issues. */
export const issuePaths = (body: ApiError) => body.error.issues.map((i) => i.path);

export async function listScenarios(api: APIRequestContext): Promise<StoredScenario[]> {
	const response = await api.get('/api/v1/scenarios');
	expect(response.status()).toBe(200);
	return (await response.json()).scenarios;
}

export async function getScenario(api: APIRequestContext, id: string): Promise<StoredScenario> {
	const response = await api.get(`/api/v1/scenarios/${id}`);
	expect(response.status(), await response.text()).toBe(200);
	return response.json();
}

/** The full stored scenario called `name` (the demo workspace has four, all by the admin). */
export async function scenarioNamed(api: APIRequestContext, name: string) {
	const found = (await listScenarios(api)).find((s) => s.name === name);
	expect(found, `scenario "${name}" in the list`).toBeDefined();
	return getScenario(api, found!.id);
}

/** Every scenario the client can see, in full: compare before and after a refused write. */
export async function snapshot(api: APIRequestContext) {
	const list = await listScenarios(api);
	return Promise.all(list.map((s) => getScenario(api, s.id)));
}

/**
 * Sends `text` byte for byte as a JSON body (for malformed or oversized bodies). A Buffer, because
 * Playwright JSON-encodes a string `data` when the content type is JSON.
 */
export const rawJson = (text: string) => ({
	headers: { 'content-type': 'application/json' },
	data: Buffer.from(text)
});

/**
 * Sends `bytes` of body on a socket of its own and closes it once answered. `declared`: only the
 * headers go out, with a Content-Length of `bytes` (the server should refuse on that alone).
 * Otherwise the body is streamed in chunks without a length, stopping as soon as an answer comes.
 */
export function sendOversized(
	url: string,
	init: { method: string; headers: Record<string, string>; bytes: number; declared: boolean }
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		let answered = false;
		const headers = init.declared
			? { ...init.headers, 'content-length': String(init.bytes) }
			: init.headers;
		const req = httpRequest(url, { method: init.method, headers, agent: false }, (res) => {
			answered = true;
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				req.destroy();
				const text = Buffer.concat(chunks).toString('utf8');
				const flat = Object.fromEntries(
					Object.entries(res.headers).map(([k, v]) => [k, String(v)])
				);
				resolve({ status: () => res.statusCode ?? 0, headers: () => flat, text: async () => text });
			});
		});
		req.on('error', (err) => {
			if (!answered) reject(new Error(`no answer to the oversized body: ${err.message}`));
		});
		if (init.declared) return void req.flushHeaders();
		const chunk = Buffer.alloc(16 * 1024, 'x');
		let sent = 0;
		const pump = () => {
			while (!answered && sent < init.bytes) {
				sent += chunk.length;
				if (!req.write(chunk)) return void req.once('drain', pump);
			}
			if (!answered) req.end();
		};
		pump();
	});
}

/** The `cookie` header that carries `api`'s session, for requests made outside Playwright. */
export async function sessionCookie(api: APIRequestContext): Promise<string> {
	const { cookies } = await api.storageState();
	const session = cookies.find((c) => c.name === 'orgcraft_session');
	expect(session, 'a signed-in API client').toBeDefined();
	return `orgcraft_session=${session!.value}`;
}
