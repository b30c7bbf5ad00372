import { expect, test } from './support/fixtures';

test('a read-only link shows the chart without signing in until it is revoked', async ({
	page,
	browser,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const list = await (await workspace.adminApi.get('/api/v1/scenarios')).json();
	const proposal = list.scenarios.find((s: { name: string }) => s.name === 'Proposal: two towers');
	await page.goto(`/scenarios/${proposal.id}`);
	await page.getByRole('button', { name: 'Create read-only link' }).click();
	const url = await page.getByRole('textbox', { name: 'Read-only link' }).inputValue();
	expect(url).toMatch(/\/shared\/[A-Za-z0-9_-]{32,}$/);

	const stranger = await browser.newContext();
	const view = await stranger.newPage();
	await view.goto(url);
	await expect(view.getByRole('heading', { name: 'Proposal: two towers', level: 1 })).toBeVisible();
	await expect(view.locator('svg [data-seat-id="head-of-gtm"]')).toBeVisible();
	await expect(view.getByLabel('Title', { exact: true })).toHaveCount(0);
	await view.screenshot({ path: 'test-results/screens/shared.png', fullPage: true });

	await page.getByRole('button', { name: 'Revoke link' }).click();
	await expect(page.getByRole('button', { name: 'Create read-only link' })).toBeVisible();
	const gone = await view.goto(url);
	expect(gone?.status()).toBe(404);
	await stranger.close();
});

test('a marketer sees a shared scenario read-only', async ({ page, signInAs, workspace }) => {
	await signInAs('marketer');
	const list = await (await workspace.adminApi.get('/api/v1/scenarios')).json();
	const current = list.scenarios.find((s: { status: string }) => s.status === 'current');
	await page.goto(`/scenarios/${current.id}`);
	await page.locator('svg [data-seat-id="cmo"]').click();
	await expect(page.getByLabel('Title', { exact: true })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Publish as current' })).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screens/scenario-marketer.png', fullPage: true });
});
