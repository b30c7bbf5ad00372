import { expect, test, type APIRequest } from '@playwright/test';
import { freePortUrl } from './support/ports';
import { freshDatabase } from './support/postgres';
import { startProxy, type Proxy } from './support/proxy';
import { startServer, type AppServer } from './support/server';

const admin = { email: 'ada@example.test', password: 'a long admin passphrase' };
const designFields = ['name', 'description', 'structure', 'seats', 'audiences', 'dottedLines'];

let proxy: Proxy;
let apps: AppServer[] = [];

test.describe('two app processes on one PostgreSQL behind a round-robin proxy', () => {
	test.beforeEach(async ({ request }) => {
		const databaseUrl = await freshDatabase();
		proxy = await startProxy();
		apps = await Promise.all(
			[0, 1].map(() => startServer(undefined, { databaseUrl, env: { ORIGIN: proxy.url } }))
		);
		proxy.targets.push(...apps.map((a) => a.url));
		const setup = await request.post(`${proxy.url}/api/v1/setup`, {
			data: { workspace: 'Quillstone', name: 'Ada', ...admin, demo: true }
		});
		expect(setup.status()).toBe(201);
	});

	test.afterEach(async () => {
		await proxy.close();
		await Promise.all(apps.map((a) => a.stop()));
	});

	async function signedIn(playwright: { request: APIRequest }, baseURL: string) {
		const client = await playwright.request.newContext({ baseURL });
		expect((await client.post('/api/v1/session', { data: admin })).status()).toBe(200);
		return client;
	}

	test('a session made on one process works on the other, and health names PostgreSQL', async ({
		playwright
	}) => {
		const [first, second] = apps as [AppServer, AppServer];
		const client = await signedIn(playwright, first.url);
		const cookies = (await client.storageState()).cookies;
		const other = await playwright.request.newContext({
			baseURL: second.url,
			storageState: { cookies, origins: [] }
		});
		const list = await other.get('/api/v1/scenarios');
		expect(list.status()).toBe(200);
		expect((await list.json()).scenarios.length).toBeGreaterThan(0);
		const health = await other.get('/api/v1/health');
		expect(await health.json()).toEqual({ status: 'ok', store: 'postgresql' });
		await client.dispose();
		await other.dispose();
	});

	test('conflicting saves through different processes: exactly one winner, the rest 409', async ({
		playwright
	}) => {
		const client = await signedIn(playwright, proxy.url);
		const [summary] = (await (await client.get('/api/v1/scenarios')).json()).scenarios;
		const scenario = await (await client.get(`/api/v1/scenarios/${summary.id}`)).json();
		const design = Object.fromEntries(designFields.map((f) => [f, scenario[f]]));
		const saves = await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				client.put(`/api/v1/scenarios/${summary.id}`, {
					data: { ...design, name: `Save ${i}`, version: scenario.version }
				})
			)
		);
		const statuses = saves.map((r) => r.status());
		expect(statuses.filter((s) => s === 200)).toHaveLength(1);
		expect(statuses.filter((s) => s === 409)).toHaveLength(7);
		const winner = await saves[statuses.indexOf(200)]!.json();
		const now = await (await client.get(`/api/v1/scenarios/${summary.id}`)).json();
		expect(now).toMatchObject({ name: winner.name, version: scenario.version + 1 });
		await client.dispose();
	});

	test('the sign-in limit counts across processes, and a parallel burst gets 429s', async ({
		playwright
	}) => {
		const client = await playwright.request.newContext({ baseURL: proxy.url });
		const attempt = (password: string) =>
			client.post('/api/v1/session', { data: { email: admin.email, password } });
		// One at a time through both processes in turn: five failures, then even the right one is refused.
		for (let i = 1; i <= 5; i++) expect((await attempt(`wrong guess ${i}`)).status()).toBe(401);
		expect((await attempt(admin.password)).status()).toBe(429);

		const burst = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				client.post('/api/v1/session', {
					data: { email: 'someone@example.test', password: `burst ${i}` }
				})
			)
		);
		const statuses = burst.map((r) => r.status());
		expect(statuses.filter((s) => s === 401)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(15);
		await client.dispose();
	});
});

test('a DATABASE_URL with a wrong password or no server: one line says which, exit non-zero', async () => {
	const wrong = new URL(process.env.TEST_DATABASE_URL!);
	wrong.password = 'not-the-password';
	for (const [url, says] of [
		[wrong.toString(), /refused the password/],
		[await freePortUrl(), /does not answer/]
	] as const) {
		const failed = await startServer(undefined, { databaseUrl: url }).then(
			async (app) => {
				await app.stop();
				return null;
			},
			(err: Error) => err.message
		);
		expect(failed).toMatch(/server exited with 1/);
		expect(failed).toMatch(says);
		expect(failed).not.toMatch(/\n\s+at /);
		expect(failed).not.toContain('not-the-password');
	}
});
