import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer } from './support/server';

test('a damaged data file is reported by name and never overwritten', async ({ page }) => {
	const dataDir = mkdtempSync(join(tmpdir(), 'orgcraft-damaged-'));
	const file = join(dataDir, 'orgcraft.json');
	const damaged = JSON.stringify({ schemaVersion: 1, workspace: null, members: 'nobody' });
	writeFileSync(file, damaged);
	const app = await startServer(dataDir);
	try {
		await page.goto(`${app.url}/setup`);
		await expect(page.getByRole('heading', { name: 'The data file cannot be read' })).toBeVisible();
		await expect(page.getByText(/orgcraft\.json: members: /)).toBeVisible();

		const setup = await page.request.post(`${app.url}/api/v1/setup`, {
			data: {
				workspace: 'X',
				name: 'Eve',
				email: 'eve@example.test',
				password: 'a long passphrase',
				demo: false
			}
		});
		expect(setup.status()).toBe(503);
		const body = await setup.json();
		expect(body.error.code).toBe('store_unreadable');
		expect(body.error.message).toContain('orgcraft.json: members');
		expect(readFileSync(file, 'utf8')).toBe(damaged);
	} finally {
		await app.stop();
	}
});

test('state survives a restart of the server', async ({ request }) => {
	const dataDir = mkdtempSync(join(tmpdir(), 'orgcraft-restart-'));
	const first = await startServer(dataDir);
	const account = { email: 'ada@example.test', password: 'a long admin passphrase' };
	const setup = await request.post(`${first.url}/api/v1/setup`, {
		data: { workspace: 'Quillstone', name: 'Ada', ...account, demo: true }
	});
	expect(setup.status()).toBe(201);
	await first.stopKeepingData();
	const second = await startServer(dataDir);
	try {
		const session = await request.post(`${second.url}/api/v1/session`, { data: account });
		expect(session.status()).toBe(200);
		const list = await request.get(`${second.url}/api/v1/scenarios`);
		expect((await list.json()).scenarios.map((s: { name: string }) => s.name)).toContain(
			'Today: functional team'
		);
	} finally {
		await second.stop();
	}
});
