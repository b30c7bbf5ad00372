import { expect, test } from '@playwright/test';
import { freshDatabase } from './support/postgres';
import { startServer, type AppServer } from './support/server';

const admin = { email: 'ada@example.test', password: 'a long admin passphrase' };
const seat = (id: string, managerId: string | null, kind = 'gtm-marketer') => ({
	id,
	title: id,
	kind,
	managerId,
	fte: 1
});

for (const engine of ['embedded', 'postgresql'] as const) {
	test(`every acknowledged write survives a SIGKILL during a write storm (${engine})`, async ({
		playwright
	}) => {
		test.setTimeout(180_000);
		const databaseUrl = engine === 'postgresql' ? await freshDatabase() : undefined;
		const first = await startServer(undefined, { databaseUrl });
		let second: AppServer | undefined;
		try {
			const client = await playwright.request.newContext({ baseURL: first.url });
			const setup = await client.post('/api/v1/setup', {
				data: { workspace: 'Quillstone', name: 'Ada', ...admin, demo: false }
			});
			expect(setup.status()).toBe(201);
			expect((await client.post('/api/v1/session', { data: admin })).status()).toBe(200);
			const token = await client.post('/api/v1/tokens', { data: { name: 'storm' } });
			expect(token.status()).toBe(201);
			const { token: secret } = await token.json();
			const headers = { authorization: `Bearer ${secret}` };
			const design = (name: string) => ({
				name,
				description: '',
				structure: 'functional',
				seats: [seat('cmo', null, 'cmo'), seat('a', 'cmo')],
				audiences: [],
				dottedLines: []
			});

			const acknowledged: { id: string; name: string }[] = [];
			const refused: string[] = [];
			let stop = false;
			const writer = async (n: number) => {
				for (let i = 0; !stop; i++) {
					const name = `w${n}-${i}`;
					try {
						const r = await fetch(`${first.url}/api/v1/scenarios`, {
							method: 'POST',
							headers: { ...headers, 'content-type': 'application/json' },
							body: JSON.stringify({ scenario: design(name) })
						});
						if (r.status === 201) acknowledged.push({ id: (await r.json()).id, name });
						else refused.push(`${r.status} ${await r.text()}`);
					} catch {
						return; // the server is gone
					}
				}
			};
			const writers = [0, 1, 2, 3, 4, 5].map(writer);
			await expect
				.poll(() => (refused.length > 0 ? -1 : acknowledged.length), { timeout: 90_000 })
				.toBeGreaterThan(30);
			expect(refused).toEqual([]);
			await first.crash();
			stop = true;
			await Promise.all(writers);

			second = await startServer(first.dataDir, { databaseUrl });
			const list = await fetch(`${second.url}/api/v1/scenarios`, { headers });
			expect(list.status).toBe(200);
			const stored = new Map(
				(await list.json()).scenarios.map((s: { id: string; name: string }) => [s.id, s.name])
			);
			const missing = acknowledged.filter((a) => stored.get(a.id) !== a.name);
			expect(missing).toEqual([]);
			await client.dispose();
		} finally {
			await first.stopKeepingData();
			await (second ?? first).stop();
		}
	});
}
