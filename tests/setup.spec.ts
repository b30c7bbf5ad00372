import { expect, test } from './support/fixtures';

test('the first visit sets up the workspace and its admin, then setup is closed', async ({
	page,
	app
}) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/setup$/);
	await page.getByLabel('Workspace name').fill('Quillstone');
	await page.getByLabel('Your name').fill('Ada Admin');
	await page.getByLabel('Email').fill('ada@example.test');
	await page.getByLabel('Password').fill('a long admin passphrase');
	await page.getByRole('button', { name: 'Create workspace' }).click();

	await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Your workspace is ready');
	await expect(page.getByRole('link', { name: 'Today: functional team' })).toBeVisible();
	await page.screenshot({ path: 'test-results/screens/scenarios.png', fullPage: true });

	const again = await fetch(`${app.url}/api/v1/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			workspace: 'X',
			name: 'Eve',
			email: 'eve@example.test',
			password: 'another long passphrase',
			demo: false
		})
	});
	expect(again.status).toBe(409);
	expect((await again.json()).error.code).toBe('setup_closed');

	await page.goto('/setup');
	await expect(page).toHaveURL(/\/scenarios$/);
});
