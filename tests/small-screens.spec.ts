import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, signIn, test } from './support/fixtures';
import { appScreens } from './support/screens';

const PHONE = { width: 390, height: 844 };

/** How far the page itself scrolls sideways, in CSS pixels (0 when it fits the window). */
const sidewaysScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.use({ viewport: PHONE });
// Each test sets up its own workspace (password hashing) on a machine that may be busy.
test.describe.configure({ timeout: 120_000 });

test('no screen scrolls sideways at 390 px; wide tables scroll in their own frame', async ({
	page,
	workspace
}) => {
	test.setTimeout(240_000);
	const screens = await appScreens(workspace);
	for (const path of ['/signin']) {
		await page.goto(path);
		expect(await sidewaysScroll(page), path).toBeLessThanOrEqual(0);
	}
	await signIn(page, workspace.admin);
	for (const screen of screens) {
		await page.goto(screen.path);
		await hydrated(page);
		await screen.ready(page);
		expect(await sidewaysScroll(page), screen.name).toBeLessThanOrEqual(0);
	}

	// The catalogue's tables are wider than the phone: each scrolls inside a frame of its own.
	await page.goto('/catalogue');
	const frame = page
		.locator('.scroll-frame, section')
		.filter({ has: page.locator('table') })
		.first();
	expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('the navigation folds into a menu that works from the keyboard', async ({
	page,
	workspace
}) => {
	await signIn(page, workspace.admin);
	await hydrated(page);
	const menu = page.getByRole('button', { name: 'Menu' });
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(nav).toBeHidden();
	// The header is one row: the brand and the menu button.
	const header = await page.locator('header').first().boundingBox();
	expect(header!.height).toBeLessThan(80);

	await menu.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	await expect(nav).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(nav.getByRole('link', { name: 'Org' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(nav).toBeHidden();
	await expect(menu).toBeFocused();

	await page.keyboard.press('Space');
	await nav.getByRole('link', { name: 'Catalogue' }).click();
	await expect(page.getByRole('heading', { name: 'Activity catalogue', level: 1 })).toBeVisible();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(nav).toBeHidden();
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('at desktop width the navigation is a plain row of links', async ({ page, workspace }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await signIn(page, workspace.admin);
	await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the screens whose layout changed for phones have no serious accessibility problems', async ({
	page,
	workspace
}) => {
	test.setTimeout(400_000);
	const changed = new Set(['scenarios', 'catalogue', 'conversations', 'compare', 'members']);
	const screens = (await appScreens(workspace)).filter((s) => changed.has(s.name));
	await signIn(page, workspace.admin);
	const found: string[] = [];
	for (const screen of screens) {
		await page.goto(screen.path);
		await hydrated(page);
		await screen.ready(page);
		// With the menu open, so its links are checked too.
		await page.getByRole('button', { name: 'Menu' }).click();
		const { violations } = await new AxeBuilder({ page }).analyze();
		for (const v of violations)
			if (v.impact === 'serious' || v.impact === 'critical')
				found.push(`${screen.name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
	}
	expect(found).toEqual([]);
});
