import type { Page } from '@playwright/test';
import { expect, signIn, test } from './support/fixtures';

/** Console errors and uncaught exceptions on the page; a 404 screen may log its own document. */
function watchConsole(page: Page) {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const own404 =
			/status of 404/.test(message.text()) &&
			new URL(message.location().url || page.url()).pathname === '/no-such-page';
		if (!own404) errors.push(`${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	return errors;
}

/** Opens `path`, checks its main heading and saves a full-page screenshot as `name`. */
async function screen(page: Page, name: string, path: string, heading: string | RegExp) {
	await page.goto(path);
	await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

test('the setup screen on a fresh app', async ({ page, app }) => {
	const errors = watchConsole(page);
	await screen(page, 'setup', app.url, 'Set up your workspace');
	await expect(page).toHaveURL(/\/setup$/);
	await expect(page.getByLabel('Workspace name')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: /Add the demo scenarios/ })).toBeChecked();
	expect(errors).toEqual([]);
});

test('every screen renders with its heading and no console errors', async ({ page, workspace }) => {
	const errors = watchConsole(page);
	const invited = await workspace.adminApi.post('/api/v1/members', {
		data: { name: 'Ines Invitee', email: 'ines@example.test', role: 'custodian' }
	});
	const { inviteUrl } = await invited.json();

	await screen(page, 'signin', '/signin', 'Sign in');
	await screen(page, 'invite', new URL(inviteUrl).pathname, 'Join the workspace');
	await expect(page.getByText('Welcome, Ines Invitee')).toBeVisible();
	await screen(page, 'invite-used', '/invite/not-a-real-token', 'This invite link no longer works');

	await signIn(page, workspace.admin);
	await screen(page, 'scenario-list', '/scenarios', 'Scenarios');
	await expect(page.getByRole('table')).toContainText('Today: functional team');
	await page.getByRole('link', { name: 'Today: functional team' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[^/]+$/);
	await screen(page, 'scenario-detail', new URL(page.url()).pathname, 'Today: functional team');
	await expect(page.getByRole('tree', { name: /Org chart, 30 seats/ })).toBeVisible();

	await screen(page, 'members', '/members', 'Members');
	await expect(page.getByRole('cell', { name: 'Ines Invitee' })).toBeVisible();
	await screen(page, 'tokens', '/settings/tokens', 'API tokens');
	await screen(page, 'guide', '/guide', 'Guide');
	await screen(page, 'guide-page', '/guide/overview', 'Three operating models compared');
	// Simulate opens the current scenario's simulation (its own screenshot is in simulate.spec).
	await page.goto('/simulate');
	await expect(page).toHaveURL(/\/scenarios\/[^/]+\/simulate$/);
	await expect(page.getByRole('link', { name: 'Simulate', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);

	const missing = await page.goto('/no-such-page');
	expect(missing?.status()).toBe(404);
	await expect(page.getByText('This page does not exist.')).toBeVisible();
	await screen(page, 'not-found', '/no-such-page', /404|not found/i);
	expect(errors).toEqual([]);
});

test('a marketer sees the 403 screen for members', async ({ page, signInAs }) => {
	const errors = watchConsole(page);
	await signInAs('marketer');
	await screen(page, 'scenarios-marketer', '/scenarios', 'Scenarios');
	const response = await page.goto('/members');
	expect(response?.status()).toBe(403);
	await expect(page.getByText('Only admins and leaders can see the member list.')).toBeVisible();
	await page.screenshot({ path: 'test-results/screens/forbidden.png', fullPage: true });
	expect(errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
});

test('the keyboard reaches the skip link and the main navigation', async ({ page, signInAs }) => {
	await signInAs('admin');
	await page.goto('/scenarios');

	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.getByRole('main')).toBeFocused();
	await page.keyboard.press('Tab');
	// The next stop is inside the main content, past the header.
	expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);

	await page.goto('/scenarios');
	const nav = page.getByRole('navigation', { name: 'Main' });
	const names = await nav.getByRole('link').allInnerTexts();
	expect(names).toEqual(expect.arrayContaining(['Org', 'Simulate', 'Guide']));
	await page.keyboard.press('Tab'); // skip link
	await page.keyboard.press('Tab'); // brand
	for (const name of names) {
		await page.keyboard.press('Tab');
		const link = nav.getByRole('link', { name, exact: true });
		await expect(link).toBeFocused();
		const ring = await link.evaluate((el) => getComputedStyle(el).boxShadow);
		expect(ring, `visible focus on ${name}`).not.toBe('none');
	}
	await expect(nav.getByRole('link', { name: 'Org', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/guide$/);
	await expect(page.getByRole('heading', { name: 'Guide', level: 1 })).toBeVisible();
});
