import type { Page } from '@playwright/test';
import { expectApiError } from './support/api';
import { expect, signIn, test, type Workspace } from './support/fixtures';

test.use({ viewport: { width: 1440, height: 1100 } });

const saveStatus = (page: Page) =>
	page.getByRole('status').filter({ hasText: 'All changes saved' });

/** Creates a private draft from the legacy starter as the admin and opens it. */
async function openDraft(page: Page, workspace: Workspace, name = 'Governance draft') {
	const created = await workspace.adminApi.post('/api/v1/scenarios', {
		data: { from: 'legacy-functional', name }
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	await page.goto(`/scenarios/${id}`);
	await expect(page.locator('svg [data-seat-id="cmo"]')).toBeVisible();
	return id as string;
}

const history = (page: Page) => page.getByRole('region', { name: 'Version history' });

test('publishing asks for a note and records it; status and history name the same version', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openDraft(page, workspace);
	await page.getByRole('button', { name: 'Publish as current…' }).click();
	const dialog = page.getByRole('dialog', { name: /Publish “Governance draft” as current/ });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	expect((await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json()).status).toBe(
		'draft'
	);

	await page.getByRole('button', { name: 'Publish as current…' }).click();
	await dialog.getByLabel('Note for the record').fill('Agreed with the CEO on Monday');
	await dialog.getByRole('button', { name: 'Publish' }).click();
	await expect(page.getByText('Published as the current scenario')).toBeVisible();
	const list = history(page);
	await expect(list.getByRole('listitem').first()).toContainText('Published as current');
	await expect(list.getByRole('listitem').first()).toContainText('Agreed with the CEO on Monday');
	await expect(list.getByRole('listitem').first()).toContainText('Ada Admin');

	const scenario = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
	const answer = await workspace.adminApi.get(`/api/v1/scenarios/${id}/history`);
	const { revisions } = await answer.json();
	expect(scenario.status).toBe('current');
	expect(revisions[0]).toMatchObject({
		version: scenario.version,
		note: 'Agreed with the CEO on Monday',
		authorName: 'Ada Admin',
		action: 'published'
	});
	await expect(saveStatus(page)).toContainText(`version ${scenario.version}`);
});

test('the remove confirmation belongs to its seat and closes when the selection changes', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openDraft(page, workspace);
	await page.locator('svg [data-seat-id="designer"]').click();
	await page.getByRole('button', { name: 'Remove seat…' }).click();
	await expect(page.getByRole('alertdialog')).toContainText('Remove “Designer”?');
	await page.locator('svg [data-seat-id="seo-specialist"]').click();
	await expect(page.getByRole('alertdialog')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Remove seat…' })).toBeVisible();

	await page.getByRole('button', { name: 'Remove seat…' }).click();
	await expect(page.getByRole('alertdialog')).toContainText('SEO specialist');
	await page.getByRole('button', { name: 'Remove seat', exact: true }).click();
	await expect(page.locator('svg [data-seat-id="seo-specialist"]')).toHaveCount(0);
	await expect(page.locator('svg [data-seat-id="designer"]')).toBeVisible();
	await expect
		.poll(async () => {
			const saved = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
			return saved.seats.map((s: { id: string }) => s.id);
		})
		.not.toContain('seo-specialist');
	const { revisions } = await (
		await workspace.adminApi.get(`/api/v1/scenarios/${id}/history`)
	).json();
	expect(revisions[0]).toMatchObject({ summary: '1 seat removed', authorName: 'Ada Admin' });
});

test('undo survives a reload of the same scenario', async ({ page, signInAs, workspace }) => {
	await signInAs('admin');
	await openDraft(page, workspace);
	await page.locator('svg [data-seat-id="designer"]').click();
	const title = page.getByLabel('Title', { exact: true });
	await title.fill('Brand designer');
	await title.press('Enter');
	await expect(page.locator('svg [data-seat-id="designer"]')).toContainText('Brand designer');
	await expect(saveStatus(page)).toContainText(/version 2$/);

	await page.reload();
	await expect(page.locator('svg [data-seat-id="designer"]')).toContainText('Brand designer');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator('svg [data-seat-id="designer"]')).not.toContainText('Brand designer');
	await expect(saveStatus(page)).toContainText(/version 3$/);
});

test('the version history lists a save without a reload', async ({ page, signInAs, workspace }) => {
	await signInAs('admin');
	await openDraft(page, workspace);
	await expect(history(page).getByRole('listitem').first()).toContainText('Version 1');
	await page.locator('svg [data-seat-id="designer"]').click();
	const title = page.getByLabel('Title', { exact: true });
	await title.fill('Brand designer');
	await title.press('Enter');
	await expect(saveStatus(page)).toContainText(/version 2$/);
	const latest = history(page).getByRole('listitem').first();
	await expect(latest).toContainText('Version 2');
	await expect(latest).toContainText('Ada Admin');
});

test('an admin changes a role and removes a member, whose session then stops working', async ({
	page,
	browser,
	signInAs,
	workspace
}) => {
	const leader = await workspace.addMember('leader');
	const leaderContext = await browser.newContext();
	const leaderPage = await leaderContext.newPage();
	await signIn(leaderPage, leader);
	await leaderPage.goto('/members');
	await expect(leaderPage.getByRole('heading', { name: 'Members' })).toBeVisible();

	await signInAs('admin');
	await page.goto('/members');
	const row = page.getByRole('row', { name: new RegExp(leader.name) });
	await row.getByLabel(`Role of ${leader.name}`).selectOption('marketer');
	await row.getByRole('button', { name: 'Change role' }).click();
	await expect(page.getByText(`${leader.name} is now marketer.`)).toBeVisible();
	// A marketer may not see the member list: the new role applies at once.
	expect((await leaderPage.goto('/members'))?.status()).toBe(403);

	const me = page.getByRole('row', { name: /Ada Admin/ });
	await me.getByRole('button', { name: /Remove/ }).click();
	await me.getByRole('button', { name: 'Remove Ada Admin' }).click();
	await expect(page.getByText(/only admin and cannot be removed/)).toBeVisible();

	await row.getByRole('button', { name: 'Remove…' }).click();
	await row.getByRole('button', { name: `Remove ${leader.name}` }).click();
	await expect(page.getByText('The member was removed and signed out.')).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(leader.name) })).toHaveCount(0);

	await leaderPage.goto('/scenarios');
	await expect(leaderPage).toHaveURL(/\/signin/);
	await leaderContext.close();
});

test('the members API changes roles and removes members under the version check', async ({
	workspace,
	playwright,
	baseURL
}) => {
	const custodian = await workspace.addMember('custodian');
	const api = await workspace.apiAs(custodian);
	const token = await api.post('/api/v1/tokens', { data: { name: 'CLI' } });
	expect(token.status(), await token.text()).toBe(201);
	const { token: secret } = await token.json();
	const { members } = await (await workspace.adminApi.get('/api/v1/members')).json();
	const target = members.find((m: { email: string }) => m.email === custodian.email);
	const admin = members.find((m: { role: string }) => m.role === 'admin');

	const put = (id: string, data: unknown) =>
		workspace.adminApi.put(`/api/v1/members/${id}`, { data });
	await expectApiError(await put(target.id, { role: 'boss', version: target.version }), 400);
	const changed = await put(target.id, { role: 'leader', version: target.version });
	expect(changed.status(), await changed.text()).toBe(200);
	expect((await changed.json()).member).toMatchObject({ role: 'leader' });
	await expectApiError(
		await put(target.id, { role: 'marketer', version: target.version }),
		409,
		'version_conflict'
	);
	await expectApiError(
		await put(admin.id, { role: 'leader', version: admin.version }),
		409,
		'last_admin'
	);
	await expectApiError(
		await workspace.adminApi.delete(`/api/v1/members/${admin.id}?version=${admin.version}`),
		409,
		'last_admin'
	);

	const bare = await playwright.request.newContext({ baseURL });
	const asToken = () =>
		bare.get('/api/v1/scenarios', { headers: { authorization: `Bearer ${secret}` } });
	expect((await asToken()).status()).toBe(200);
	const removed = await workspace.adminApi.delete(
		`/api/v1/members/${target.id}?version=${target.version + 1}`
	);
	expect(removed.status(), await removed.text()).toBe(204);
	await expectApiError(await api.get('/api/v1/scenarios'), 401);
	await expectApiError(await asToken(), 401);
	await bare.dispose();
});
