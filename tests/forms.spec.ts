import { expect, hydrated, test } from './support/fixtures';

test('what someone types before the page scripts load is kept', async ({ page, workspace }) => {
	// Hold the page's JavaScript until the user has typed, as on a slow connection.
	let release!: () => void;
	const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\//, async (route) => {
		await scriptsMayLoad;
		await route.continue();
	});
	await page.goto('/signin', { waitUntil: 'commit' });
	await page.getByLabel('Email').fill(workspace.admin.email);
	await page.getByLabel('Password').fill(workspace.admin.password);
	expect(await page.evaluate(() => history.scrollRestoration)).toBe('auto');
	release();
	await hydrated(page);

	await expect(page.getByLabel('Email')).toHaveValue(workspace.admin.email);
	await expect(page.getByLabel('Password')).toHaveValue(workspace.admin.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible();
});
