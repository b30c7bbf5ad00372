import { checkScreen } from './support/screens';
import type { Page } from '@playwright/test';
import { expectApiError, scenarioNamed, snapshot } from './support/api';
import { expect, hydrated, test } from './support/fixtures';

const LEGACY = 'Today: functional team';
const WIDTHS = [1280, 390] as const;

/** Axe finds nothing, the page does not scroll sideways, and a screenshot is saved at `width`. */
async function checkAt(page: Page, name: string, width: number, ready: () => Promise<void>) {
	await page.setViewportSize({ width, height: 900 });
	await ready();
	await checkScreen(page, `accountability-${name}-${width}`);
}

test('the matrix filters by audience, takes an override from the keyboard, and its checks react, also after a reload', async ({
	page,
	signInAs
}) => {
	test.setTimeout(420_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await signInAs('admin');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Accountability' })
		.click();
	await expect(page.getByRole('heading', { name: 'Accountability', level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Open its accountability map' }).click();
	await expect(page.getByRole('heading', { name: 'Accountability map', level: 1 })).toBeVisible();
	await hydrated(page);

	const oneA = page.locator('[data-check="one-accountable"]');
	const row = 'Campaign brief for Enterprise finance leaders has no accountable seat';
	await expect(oneA).not.toContainText(row);
	const audience = page.getByRole('combobox', { name: 'Audience' });
	await audience.selectOption({ label: 'Enterprise finance leaders' });
	await expect(
		page.getByRole('button', { name: /^Campaign brief, Mid-market controllers/ })
	).toHaveCount(0);

	const cell = page.getByRole('button', {
		name: /^Campaign brief, Enterprise finance leaders, Director of demand generation:/
	});
	await expect(cell).toHaveAccessibleName(/: A$/);
	await cell.click();
	await cell.press('Delete');
	await expect(oneA).toContainText(row);
	await expect(cell).toHaveAccessibleName(/no role \(set by hand\)$/);

	await page.reload();
	await hydrated(page);
	await expect(oneA).toContainText(row);
	await audience.selectOption({ label: 'Enterprise finance leaders' });
	await expect(cell).toHaveAccessibleName(/no role \(set by hand\)$/);
	// Axe checks every cell's contrast: a phase keeps the grid to what a reader scans at once.
	await page.getByRole('combobox', { name: 'Phase' }).selectOption('strategy');
	await expect(cell).toBeVisible();
	for (const width of WIDTHS)
		await checkAt(page, 'matrix', width, async () => {
			await expect(page.getByRole('heading', { name: 'Checks' })).toBeVisible();
		});
	expect(errors).toEqual([]);
});

test('a role card shows the role’s legacy and new week from the live scenarios', async ({
	page,
	signInAs
}) => {
	test.setTimeout(300_000);
	await signInAs('admin');
	await page.goto('/accountability');
	for (const width of WIDTHS)
		await checkAt(page, 'landing', width, async () => {
			await expect(
				page.getByRole('heading', { name: `Current scenario: ${LEGACY}` })
			).toBeVisible();
		});
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.getByRole('link', { name: 'Head of content' }).click();
	await expect(page.getByRole('heading', { name: 'Head of content', level: 1 })).toBeVisible();
	const week = page.getByRole('table', { name: 'Legacy week and new week by category' });
	await expect(week.getByRole('row', { name: /^Hand-off/ })).toContainText(/\d h.*\d h/);
	await expect(page.getByText(`${LEGACY}`, { exact: true })).toBeVisible();
	await expect(page.locator('[data-figure="team-handoff-saved"]')).toHaveText(/\d h per quarter/);
	await expect(page.getByText('What AI absorbs')).toBeVisible();
	for (const width of WIDTHS)
		await checkAt(page, 'role-card', width, async () => {
			await expect(week).toBeVisible();
		});
});

test('the source-of-truth editor flags a type held in two places, and keeps it after saving', async ({
	page,
	signInAs
}) => {
	test.setTimeout(300_000);
	await signInAs('admin');
	await page.goto('/accountability/source-of-truth');
	await expect(page.getByRole('heading', { name: 'Source of truth', level: 1 })).toBeVisible();
	await hydrated(page);
	const tasks = page.locator('[data-info-type="tasks-and-deadlines"]');
	await expect(tasks).toContainText('Not recorded');

	await page.getByRole('button', { name: 'Add a place' }).click();
	await page.getByLabel('Place 1', { exact: true }).fill('Project board');
	await page
		.getByLabel('Owner of place 1')
		.selectOption({ label: 'Head of marketing operations (Nadia Petrova)' });
	await expect(tasks).toContainText('One owned place');
	await page.getByRole('button', { name: 'Add a place' }).click();
	await page.getByLabel('Place 2', { exact: true }).fill('Shared spreadsheet');
	await expect(tasks).toContainText('Duplicated');
	await expect(tasks).toContainText('held in 2 places (Project board, Shared spreadsheet)');

	await page.getByRole('button', { name: 'Save the map' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await page.reload();
	await expect(tasks).toContainText('Duplicated');
	await expect(page.getByLabel('Place 2', { exact: true })).toHaveValue('Shared spreadsheet');
	for (const width of WIDTHS)
		await checkAt(page, 'source-of-truth', width, async () => {
			await expect(tasks).toBeVisible();
		});
});

test('bad overrides are refused with the row named and change nothing; a GTM marketer keeps to their audience', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const towers = await scenarioNamed(api, 'Proposal: two towers');
	const marketer = await workspace.addMember('marketer');
	const seats = towers.seats.map((s) =>
		s.id === 'gtm-enterprise' ? { ...s, memberEmail: marketer.email } : s
	);
	expect(
		(await api.put(`/api/v1/scenarios/${towers.id}`, { data: { ...towers, seats } })).status()
	).toBe(200);
	expect((await api.post(`/api/v1/scenarios/${towers.id}/publish`)).status()).toBe(200);
	const url = `/api/v1/scenarios/${towers.id}/accountability`;
	const before = await snapshot(api);
	const cell = { activityId: 'design-asset', audienceId: 'enterprise-finance', seatId: 'designer' };

	const ghost = await api.put(url, {
		data: { version: 1, overrides: [{ ...cell, seatId: 'ghost', role: 'R' }] }
	});
	const body = await expectApiError(ghost, 400);
	expect(body.error.issues[0]).toEqual({
		path: 'overrides[0]',
		message:
			'design-asset for enterprise-finance: no seat "ghost" in this scenario (expected one of its seat ids)'
	});
	const twoAs = await api.put(url, {
		data: { version: 1, overrides: [{ ...cell, seatId: 'brand-custodian', role: 'A' }] }
	});
	expect((await expectApiError(twoAs, 400)).error.message).toMatch(
		/both accountable for design-asset for enterprise-finance/
	);
	expect(await snapshot(api)).toEqual(before);
	expect(await (await api.get(url)).json()).toMatchObject({ version: 1, overrides: [] });

	const own = await workspace.apiAs(marketer);
	const mine = await own.put(url, { data: { version: 1, overrides: [{ ...cell, role: null }] } });
	expect(mine.status(), await mine.text()).toBe(200);
	const theirs = await own.put(url, {
		data: { version: 2, overrides: [{ ...cell, audienceId: 'procurement', role: null }] }
	});
	expect((await expectApiError(theirs, 403)).error.message).toContain(
		'design-asset for procurement'
	);
	const stale = await api.put(url, { data: { version: 1, overrides: [] } });
	await expectApiError(stale, 409);
	const saved = await (await api.get(url)).json();
	expect(saved).toMatchObject({ version: 2, overrides: [{ ...cell, role: null }] });
});
