import type { Page } from '@playwright/test';
import { scenarioNamed } from './support/api';
import { expect, test, type Workspace } from './support/fixtures';

// Zoom transitions finish at once, so positions and scales can be read right after a fit.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });

const chart = (page: Page) => page.getByRole('tree', { name: /^Org chart/ });

async function openProposal(page: Page, workspace: Workspace) {
	const { id } = await scenarioNamed(
		workspace.adminApi,
		'Proposal, leaner variant: two towers with 18 seats'
	);
	await page.goto(`/scenarios/${id}`);
	await expect(page.locator('svg [data-seat-id="cmo"]')).toBeVisible();
	return id;
}

type SeatRow = { id: string; title: string; kind: string; managerId: string | null };

test('a 10,000-seat scenario opens in the editor and can be searched and edited', async ({
	page,
	signInAs,
	workspace
}) => {
	test.setTimeout(180_000);
	const seats: SeatRow[] = [
		{ id: 's0', title: 'Chief marketing officer', kind: 'cmo', managerId: null }
	];
	for (let i = 1; i < 10_000; i++)
		seats.push({
			id: `s${i}`,
			title: i < 10 ? `Director ${i}` : i < 300 ? `Team lead ${i}` : `Specialist ${i}`,
			kind: i < 300 ? 'functional-lead' : 'specialist',
			managerId: `s${i < 10 ? 0 : i < 300 ? 1 + (i % 9) : 10 + (i % 290)}`
		});
	const created = await workspace.adminApi.post('/api/v1/scenarios', {
		data: { scenario: { name: 'Ten thousand seats', structure: 'custom', seats } }
	});
	expect(created.status(), await created.text()).toBe(201);
	const { id } = await created.json();
	await signInAs('admin');
	const response = await page.goto(`/scenarios/${id}`);
	// The design is not in the HTML: it is fetched once, as JSON, after the page shows.
	expect((await response!.text()).length).toBeLessThan(200_000);
	await expect(page.locator('[data-renderer="canvas"] canvas')).toBeVisible({ timeout: 60_000 });
	await expect(chart(page)).toHaveAttribute('aria-label', /10000 seats/);
	await expect(page.getByText('Seats', { exact: true }).locator('..')).toContainText('10000');

	await page.getByLabel('Find a seat by title or person').fill('Specialist 9999');
	await expect(page.getByText('1 of 1')).toBeVisible({ timeout: 30_000 });
	const frame = (await chart(page).boundingBox())!;
	await page.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2);
	const panel = page.getByRole('form', { name: 'Seat details' });
	await expect(panel.getByRole('heading', { name: 'Specialist 9999' })).toBeVisible();
	await expect(page.getByLabel('Reports to')).toHaveValue(`s${10 + (9999 % 290)}`);
	await page.getByLabel('Title', { exact: true }).fill('Specialist, renamed');
	await page.getByLabel('Title', { exact: true }).press('Enter');
	await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 30_000 });
	const stored = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
	expect(stored.seats.find((s: SeatRow) => s.id === 's9999').title).toBe('Specialist, renamed');
});

test('dotted lines are added, labelled and removed in the side panel, and undone', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openProposal(page, workspace);
	const before = (await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json())
		.dottedLines.length as number;
	await page.locator('svg [data-seat-id="comms-manager"]').click();
	const panel = page.getByRole('region', { name: 'Dotted lines' });
	await expect(panel).toContainText('No dotted lines from or to this seat.');
	await panel.getByLabel('Add a dotted line to').focus();
	await panel.getByLabel('Add a dotted line to').selectOption('brand-custodian');
	await panel.getByLabel('Label').fill('Press releases');
	await panel.getByRole('button', { name: 'Add dotted line' }).click();
	const label = panel.getByLabel('Label of the dotted line to Brand custodian');
	await expect(label).toHaveValue('Press releases');
	await label.fill('Launch announcements');
	await label.press('Enter');
	await expect(page.getByText('All changes saved')).toBeVisible();
	await expect
		.poll(async () => {
			const s = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
			return s.dottedLines.find((l: { fromSeatId: string }) => l.fromSeatId === 'comms-manager');
		})
		.toEqual({
			fromSeatId: 'comms-manager',
			toSeatId: 'brand-custodian',
			label: 'Launch announcements'
		});

	await panel.getByRole('button', { name: 'Remove the dotted line to Brand custodian' }).click();
	await expect(panel).toContainText('No dotted lines from or to this seat.');
	await expect
		.poll(
			async () =>
				(await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json()).dottedLines.length
		)
		.toBe(before);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(label).toHaveValue('Launch announcements');
});

test('long titles are wrapped on cards, never cut', async ({ page, signInAs, workspace }) => {
	const long =
		'Senior director of lifecycle marketing, partner programmes and customer advocacy, EMEA';
	const created = await workspace.adminApi.post('/api/v1/scenarios', {
		data: {
			scenario: {
				name: 'Long titles',
				structure: 'custom',
				seats: [
					{ id: 'top', title: 'Chief marketing officer', kind: 'cmo', managerId: null },
					{ id: 'long', title: long, kind: 'functional-lead', managerId: 'top' }
				]
			}
		}
	});
	expect(created.status()).toBe(201);
	await signInAs('admin');
	await page.goto(`/scenarios/${(await created.json()).id}`);
	const card = page.locator('svg [data-seat-id="long"]');
	await expect(card).toBeVisible();
	const lines = await card.locator('text').allTextContents();
	expect(lines.join(' ')).toContain(long);
	expect(lines.join(' ')).not.toContain('…');
	// Every line stays inside its card.
	const box = (await card.locator('rect').first().boundingBox())!;
	for (const text of await card.locator('text').all()) {
		const t = (await text.boundingBox())!;
		expect(t.x + t.width).toBeLessThanOrEqual(box.x + box.width + 1);
		expect(t.y + t.height).toBeLessThanOrEqual(box.y + box.height + 1);
	}
});

test('Fit keeps card text at 11 px or more by showing fewer levels, and says so', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await openProposal(page, workspace);
	await page.getByRole('button', { name: 'Fit', exact: true }).click();
	await expect(
		page.getByRole('status').filter({ hasText: /Showing \d of 3 levels/ })
	).toBeVisible();
	const sizes = await page.locator('svg [data-seat-id]').evaluateAll((cards) =>
		cards.flatMap((card) =>
			[...card.querySelectorAll('text')].map((t) => {
				const m = t.getScreenCTM()!;
				return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
			})
		)
	);
	expect(sizes.length).toBeGreaterThan(0);
	expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
	await page.getByRole('button', { name: 'Whole chart' }).click();
	await expect(page.locator('svg [data-seat-id]')).toHaveCount(18);
	await expect(page.getByRole('status').filter({ hasText: /Showing \d of 3 levels/ })).toHaveCount(
		0
	);
});
