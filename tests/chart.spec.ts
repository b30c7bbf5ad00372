import type { Locator, Page } from '@playwright/test';
import { scenarioNamed } from './support/api';
import { expect, test, type Workspace } from './support/fixtures';

// The 18-seat leaner variant: these checks rely on its seats.
const PROPOSAL = 'Proposal, leaner variant: two towers with 18 seats';

// Zoom transitions finish at once, so positions can be read right after a search or a fit.
test.use({ reducedMotion: 'reduce' });

async function openProposal(page: Page, workspace: Workspace) {
	const { id } = await scenarioNamed(workspace.adminApi, PROPOSAL);
	await page.goto(`/scenarios/${id}`);
	await expect(page.locator('svg [data-seat-id="cmo"]')).toBeVisible();
}

const seat = (page: Page, id: string) => page.locator(`[role="tree"] [data-seat-id="${id}"]`);
const chart = (page: Page) => page.getByRole('tree', { name: /^Org chart/ });

/** Whether every card lies inside the chart's viewport. */
async function allInView(page: Page, cards: Locator) {
	const frame = (await chart(page).boundingBox())!;
	for (const box of await Promise.all((await cards.all()).map((c) => c.boundingBox())))
		if (
			!box ||
			box.x < frame.x ||
			box.y < frame.y ||
			box.x + box.width > frame.x + frame.width + 1 ||
			box.y + box.height > frame.y + frame.height + 1
		)
			return false;
	return true;
}

test('the chart draws every seat, finds one, collapses a team and fits', async ({
	page,
	signInAs,
	workspace
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await signInAs('admin');
	await openProposal(page, workspace);
	const cards = page.locator('svg [data-seat-id]');
	await expect(cards).toHaveCount(18);
	await expect(seat(page, 'gtm-partners')).toHaveAttribute('aria-label', /open seat/);
	await expect(seat(page, 'gtm-enterprise')).toHaveAttribute('aria-label', /Owns Enterprise/);
	const legend = page.getByRole('list', { name: 'Legend' });
	await expect(legend).toContainText('GTM marketer');
	await expect(legend).toContainText('Open seat');
	await expect(legend).toContainText('Dotted line');

	const search = page.getByLabel('Find a seat by title or person');
	await search.fill('Whitford');
	await expect(page.getByText('1 of 1')).toBeVisible();
	const frame = (await chart(page).boundingBox())!;
	const found = (await seat(page, 'content-custodian').boundingBox())!;
	expect(Math.abs(found.x + found.width / 2 - (frame.x + frame.width / 2))).toBeLessThan(30);
	await search.fill('GTM marketer');
	await expect(page.getByText('1 of 4')).toBeVisible();
	await search.press('Enter');
	await expect(page.getByText('2 of 4')).toBeVisible();
	await search.fill('');

	await seat(page, 'head-of-gtm').locator('[data-toggle]').click();
	await expect(cards).toHaveCount(13);
	await expect(seat(page, 'head-of-gtm')).toHaveAttribute('aria-expanded', 'false');
	await page.getByRole('button', { name: 'Expand all' }).click();
	await expect(cards).toHaveCount(18);

	for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(() => allInView(page, cards)).toBe(false);
	await page.getByRole('button', { name: 'Fit', exact: true }).click();
	await expect.poll(() => allInView(page, cards)).toBe(true);
	await page.screenshot({ path: 'test-results/screens/chart.png' });
	expect(errors).toEqual([]);
});

test('arrow keys move the selection through the tree and announce it', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await openProposal(page, workspace);
	await chart(page).focus();
	const selected = page.locator('svg [data-seat-id][aria-selected="true"]');

	await page.keyboard.press('Home');
	await expect(selected).toHaveAttribute('data-seat-id', 'cmo');
	await expect(page.getByText(/^Selected Chief marketing officer/)).toBeAttached();
	await page.keyboard.press('ArrowDown');
	await expect(selected).toHaveAttribute('data-seat-id', 'head-of-gtm');
	await page.keyboard.press('ArrowRight');
	await expect(selected).toHaveAttribute('data-seat-id', 'comms-manager');
	await expect(page.getByText(/reports to Chief marketing officer/)).toBeAttached();
	await expect(chart(page)).toHaveAttribute('aria-activedescendant', /comms-manager$/);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowDown');
	await expect(selected).toHaveAttribute('data-seat-id', 'gtm-enterprise');
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('c');
	await expect(page.locator('svg [data-seat-id]')).toHaveCount(13);
	await page.keyboard.press('c');
	await page.keyboard.press('Escape');
	await expect(selected).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(selected).toHaveAttribute('data-seat-id', 'head-of-gtm');
});

test('a large org is drawn on a canvas and its seats stay reachable', async ({
	page,
	signInAs,
	workspace
}) => {
	type SeatRow = { id: string; title: string; kind: string; managerId: string | null };
	const seats: SeatRow[] = [
		{ id: 'top', title: 'Chief marketing officer', kind: 'cmo', managerId: null }
	];
	for (let t = 0; t < 24; t++) {
		seats.push({
			id: `lead-${t}`,
			title: `Team lead ${t}`,
			kind: 'functional-lead',
			managerId: 'top'
		});
		for (let m = 0; m < 24; m++)
			seats.push({
				id: `s-${t}-${m}`,
				title: `Specialist ${t}-${m}`,
				kind: 'specialist',
				managerId: `lead-${t}`
			});
	}
	const created = await workspace.adminApi.post('/api/v1/scenarios', {
		data: { scenario: { name: 'Big org', structure: 'custom', seats } }
	});
	expect(created.status(), await created.text()).toBe(201);
	await signInAs('admin');
	await page.goto(`/scenarios/${(await created.json()).id}`);
	await expect(page.locator('[data-renderer="canvas"] canvas')).toBeVisible();
	await expect(page.locator('[data-outline] [data-seat-id]')).toHaveCount(seats.length);

	await page.getByLabel('Find a seat by title or person').fill('Specialist 7-13');
	await expect(page.getByText('1 of 1')).toBeVisible();
	const frame = (await chart(page).boundingBox())!;
	await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2);
	await expect(seat(page, 's-7-13')).toHaveAttribute('aria-selected', 'true');
	await expect(page.getByLabel('Reports to')).toHaveValue('lead-7');
	await chart(page).focus();
	await page.keyboard.press('ArrowUp');
	await expect(seat(page, 'lead-7')).toHaveAttribute('aria-selected', 'true');
	await page.screenshot({ path: 'test-results/screens/chart-large.png' });
});

test('the chart benchmark page is not served unless the server runs the benchmark', async ({
	page,
	signInAs
}) => {
	await signInAs('admin');
	const response = await page.goto('/bench/chart?n=10');
	expect(response?.status()).toBe(404);
});
