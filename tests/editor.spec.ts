import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signIn, test, type Workspace } from './support/fixtures';

// A tall window keeps the whole legacy chart inside the viewport for mouse drags.
test.use({ viewport: { width: 1440, height: 1100 } });

/** Creates a private draft from the legacy starter as the admin and opens it. */
async function openLegacyDraft(page: Page, workspace: Workspace) {
	const created = await workspace.adminApi.post('/api/v1/scenarios', {
		data: { from: 'legacy-functional', name: 'Reorg draft' }
	});
	expect(created.status()).toBe(201);
	const { id } = await created.json();
	await page.goto(`/scenarios/${id}`);
	await expect(page.locator('svg [data-seat-id="cmo"]')).toBeVisible();
	return id as string;
}

const managerOf = async (workspace: Workspace, id: string, seatId: string) => {
	const scenario = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
	return scenario.seats.find((s: { id: string }) => s.id === seatId).managerId as string | null;
};

async function drag(page: Page, from: string, to: string) {
	const source = await page.locator(`svg [data-seat-id="${from}"]`).boundingBox();
	const target = await page.locator(`svg [data-seat-id="${to}"]`).boundingBox();
	await page.mouse.move(source!.x + source!.width / 2, source!.y + source!.height / 2);
	await page.mouse.down();
	await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, {
		steps: 12
	});
	await page.mouse.up();
}

test('a scenario made from the legacy starter keeps a dragged seat after a reload', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await page.getByRole('radio', { name: /Legacy functional/ }).check();
	await page.getByLabel('Name (optional)').fill('Drag test');
	await page.getByRole('button', { name: 'Create draft' }).click();
	await expect(page.locator('svg [data-seat-id="seo-specialist"]')).toBeVisible();
	const id = new URL(page.url()).pathname.split('/').at(-1)!;

	await drag(page, 'seo-specialist', 'demand-lead');
	await expect.poll(() => managerOf(workspace, id, 'seo-specialist')).toBe('demand-lead');
	await page.reload();
	await page.locator('svg [data-seat-id="seo-specialist"]').click();
	await expect(page.getByLabel('Reports to')).toHaveValue('demand-lead');
	await page.screenshot({ path: 'test-results/screens/editor.png', fullPage: true });
});

test('a drop that would make a loop is refused with a message', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openLegacyDraft(page, workspace);
	await drag(page, 'content-lead', 'seo-specialist');
	await expect(page.getByText(/cannot report to .*SEO specialist/)).toBeVisible();
	expect(await managerOf(workspace, id, 'content-lead')).toBe('cmo');
});

test('undo and redo step through edits, with buttons and shortcuts', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openLegacyDraft(page, workspace);
	await page.locator('svg [data-seat-id="designer"]').click();
	const title = page.getByLabel('Title', { exact: true });
	await title.fill('Brand designer');
	await title.press('Enter');
	await expect(page.locator('svg [data-seat-id="designer"]')).toContainText('Brand designer');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.locator('svg [data-seat-id="designer"]')).not.toContainText('Brand designer');
	await page.locator('svg [data-seat-id="cmo"]').click();
	await page.keyboard.press('Control+Shift+Z');
	await expect(page.locator('svg [data-seat-id="designer"]')).toContainText('Brand designer');
	await expect
		.poll(async () => {
			const saved = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
			return saved.seats.find((s: { id: string }) => s.id === 'designer').title;
		})
		.toBe('Brand designer');
});

test('a save after someone else saved says so and offers reload or a copy', async ({
	page,
	browser,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openLegacyDraft(page, workspace);
	const other = await browser.newContext({ baseURL: new URL(page.url()).origin });
	const otherPage = await other.newPage();
	await signIn(otherPage, workspace.admin);
	await otherPage.goto(`/scenarios/${id}`);
	await otherPage.getByLabel('Scenario name').fill('Saved elsewhere');
	await otherPage.getByLabel('Scenario name').press('Enter');
	await expect
		.poll(async () => (await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json()).name)
		.toBe('Saved elsewhere');
	await other.close();

	await page.locator('svg [data-seat-id="designer"]').click();
	await page.getByLabel('Title', { exact: true }).fill('Mine');
	await page.getByLabel('Title', { exact: true }).press('Enter');
	await expect(page.getByText(/Someone else saved this scenario/)).toBeVisible();
	expect((await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json()).name).toBe(
		'Saved elsewhere'
	);
	await page.screenshot({ path: 'test-results/screens/editor-conflict.png' });

	await page.getByRole('button', { name: 'Save mine as a copy' }).click();
	await expect(page.getByLabel('Scenario name')).toHaveValue('Reorg draft (my copy)');
	await expect(page.locator('svg [data-seat-id="designer"]')).toContainText('Mine');
	await page.goto(`/scenarios/${id}`);
	await expect(page.getByLabel('Scenario name')).toHaveValue('Saved elsewhere');
});

test('after a conflict, reloading shows the other person’s version', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const id = await openLegacyDraft(page, workspace);
	const current = await (await workspace.adminApi.get(`/api/v1/scenarios/${id}`)).json();
	expect(
		(
			await workspace.adminApi.put(`/api/v1/scenarios/${id}`, {
				data: { ...current, name: 'Theirs' }
			})
		).status()
	).toBe(200);
	await page.getByLabel('Scenario name').fill('Mine');
	await page.getByLabel('Scenario name').press('Enter');
	await page.getByRole('button', { name: 'Reload their version' }).click();
	await expect(page.getByLabel('Scenario name')).toHaveValue('Theirs');
	await expect(page.getByText(/Someone else saved this scenario/)).toBeHidden();
});

test('export SVG and PNG images of the whole chart', async ({ page, signInAs, workspace }) => {
	await signInAs('admin');
	await openLegacyDraft(page, workspace);
	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = readFileSync((await svgDownload.path())!, 'utf8');
	expect(svg).toMatch(/^<\?xml|^<svg/);
	for (const title of ['Chief marketing officer', 'Event coordinator', 'Marketing analyst'])
		expect(svg).toContain(title);

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export PNG' }).click()
	]);
	const png = readFileSync((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBeGreaterThan(1000);
	expect(height).toBeGreaterThan(200);
});

test('print shows the whole chart alone on the page', async ({ page, signInAs, workspace }) => {
	await signInAs('admin');
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await openLegacyDraft(page, workspace);
	await page.getByRole('button', { name: 'Print / PDF' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
		.toBe(1);

	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('.print-only svg');
	await expect(printed).toBeVisible();
	for (const title of ['Chief marketing officer', 'Event coordinator', 'Marketing analyst'])
		await expect(printed).toContainText(title);
	await expect(page.getByRole('button', { name: 'Print / PDF' })).toBeHidden();
	await expect(page.getByRole('tree', { name: /Org chart/ })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await expect(printed).toBeHidden();
});

test('a seat can be moved with the keyboard alone', async ({ page, signInAs, workspace }) => {
	await signInAs('admin');
	const id = await openLegacyDraft(page, workspace);
	const tree = page.getByRole('tree');
	await tree.focus();
	await page.keyboard.press('ArrowDown'); // the top of the chart
	await page.keyboard.press('ArrowDown'); // its first report
	await expect(page.getByLabel('Reports to')).toHaveValue('cmo');
	const selected = await page
		.getByRole('treeitem', { selected: true })
		.first()
		.getAttribute('data-seat-id');
	await page.getByLabel('Reports to').focus();
	await page.getByLabel('Reports to').selectOption('field-lead');
	await expect.poll(() => managerOf(workspace, id, selected!)).toBe('field-lead');
});
