import { checkScreen } from './support/screens';
import type { Page } from '@playwright/test';
import { bambooHr, largeTeam, workday } from '../src/lib/domain/scenario/import-fixtures';
import { getScenario, listScenarios } from './support/api';
import { expect, hydrated, test } from './support/fixtures';

// Imports upload and parse whole files; on a busy machine a test can take well over 30 s.
test.describe.configure({ timeout: 120_000 });

/** An HRIS export as people download it: BOM, CRLF, a quoted title with a comma. */
function hrisCsv(rows: string[]) {
	const header = 'Employee Name,Job Title,Work Email,Department,Reports To';
	return Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`, 'utf8');
}

const goodRows = [
	'Dana Okafor,Chief Marketing Officer,dana@quill.test,Marketing,',
	'Marcus Bell,Head of GTM,marcus@quill.test,Marketing,Dana Okafor',
	'Hannah Lindqvist,"GTM Marketer, Enterprise",hannah@quill.test,Marketing,Marcus Bell',
	'Mateo Alvarez,Product Marketing Manager,mateo@quill.test,Product Marketing,Dana Okafor',
	'Ingrid Halvorsen,Head of Brand,ingrid@quill.test,Brand,Dana Okafor',
	'Priya Raman,Marketing Coordinator,priya@quill.test,Marketing,Ingrid Halvorsen'
];

async function preview(page: Page, file: string, rows: string[]) {
	await page.getByLabel('CSV or JSON file').setInputFiles({
		name: file,
		mimeType: 'text/csv',
		buffer: hrisCsv(rows)
	});
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByRole('heading', { name: '2. Review and save' })).toBeVisible();
}

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `test-results/screens/import-${name}.png`, fullPage: true });

test('a CSV with an error row saves nothing; the fixed file saves with a corrected kind', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const before = (await listScenarios(workspace.adminApi)).length;
	await page.goto('/scenarios/import');
	await hydrated(page);
	await expect(page.getByRole('heading', { name: 'Import a scenario', level: 1 })).toBeVisible();
	await shot(page, 'empty');

	await page.getByLabel('Scenario name').fill('Org from HR');
	const withError = [...goodRows, 'Li Wu,Designer,li@quill.test,Brand,Ingrid Halverson'];
	await preview(page, 'hr-export.csv', withError);
	const bad = page.locator('#line-8');
	await expect(bad).toContainText('unknown manager "Ingrid Halverson"');
	await expect(
		page.getByText('1 error in 1 row; nothing is saved until it is fixed.')
	).toBeVisible();
	await shot(page, 'errors');

	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page.getByText('Nothing was saved: one error remains')).toBeVisible();
	await expect(page.locator('#line-8')).toContainText('unknown manager');
	expect(await listScenarios(workspace.adminApi)).toHaveLength(before);

	await hydrated(page);
	await preview(page, 'hr-export-fixed.csv', goodRows);
	await expect(
		page.getByText('Ready to save “Org from HR” as a private draft: 6 seats;')
	).toBeVisible();
	const kind = page.getByLabel('Seat kind for Priya Raman (line 7)');
	await expect(kind).toHaveValue('coordinator');
	await expect(page.getByLabel('Seat kind for Mateo Alvarez (line 5)')).toHaveValue('specialist');
	await expect(page.getByLabel('Craft for Mateo Alvarez (line 5)')).toHaveValue(
		'product-marketing'
	);
	await kind.selectOption('specialist');
	await page.getByLabel('Craft for Priya Raman (line 7)').selectOption('design');
	await page.getByRole('button', { name: 'Check changes' }).click();
	await expect(page.locator('#line-7')).toContainText('suggested: Coordinator');
	await expect(page.getByLabel('Seat kind for Priya Raman (line 7)')).toHaveValue('specialist');
	await expect(page.getByLabel('Craft for Priya Raman (line 7)')).toHaveValue('design');
	// The answer opens at the review, not at the top of the page.
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
	await shot(page, 'ready');

	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	await expect(page.locator('[data-seat-id]').first()).toBeAttached();
	await expect(page.locator('[data-seat-id="priya-raman"]').first()).toBeAttached();
	await shot(page, 'saved');

	const saved = await getScenario(workspace.adminApi, id);
	expect(saved.name).toBe('Org from HR');
	expect(saved.seats.map((s) => [s.id, s.managerId])).toEqual([
		['dana-okafor', null],
		['marcus-bell', 'dana-okafor'],
		['hannah-lindqvist', 'marcus-bell'],
		['mateo-alvarez', 'dana-okafor'],
		['ingrid-halvorsen', 'dana-okafor'],
		['priya-raman', 'ingrid-halvorsen']
	]);
	expect(saved.seats.at(-1)).toMatchObject({ kind: 'specialist', craft: 'design' });
	expect(saved.structure).toBe('two-tower');
	expect(await listScenarios(workspace.adminApi)).toHaveLength(before + 1);
});

test('a Workday-style export goes through the column mapping and opens with named seats', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const before = (await listScenarios(workspace.adminApi)).length;
	// A custom Workday report: the worker's name sits under a header no dictionary knows.
	const csv = workday(largeTeam(60)).replace('Worker,', 'Associate,');
	await page.goto('/scenarios/import');
	await hydrated(page);
	await page.getByLabel('CSV or JSON file').setInputFiles({
		name: 'workday-marketing.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(csv, 'utf8')
	});
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByRole('heading', { name: 'Columns' })).toBeVisible();
	await expect(page.getByText(/yet column "Associate" looks like it holds them/)).toBeVisible();
	await expect(page.getByLabel('Read column “Email - Primary Work” as')).toHaveValue('email');
	await expect(page.getByLabel('Read column “Business Title” as')).toHaveValue('title');
	const associate = page.getByLabel('Read column “Associate” as');
	await expect(associate).toHaveValue('');
	await shot(page, 'mapping');

	await associate.selectOption({ label: 'Full name' });
	await page.getByRole('button', { name: 'Apply mapping and preview again' }).click();
	await expect(
		page.getByText('Ready to save “workday-marketing” as a private draft: 60 seats;')
	).toBeVisible();
	await expect(page.getByLabel('Read column “Associate” as')).toHaveValue('person');
	await expect(page.locator('#line-2 .person')).toHaveText('Dana Okafor');
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	await expect(page.locator('[data-seat-id]').first()).toBeAttached();
	await expect(page.getByText('Dana Okafor').first()).toBeAttached();
	await expect(page.getByText('Hannah Lindqvist').first()).toBeAttached();

	const saved = await getScenario(
		workspace.adminApi,
		new URL(page.url()).pathname.split('/').pop()!
	);
	const seats = saved.seats as unknown as { open: boolean; personName?: string }[];
	expect(seats).toHaveLength(60);
	expect(seats.filter((s) => s.open)).toEqual([]);
	expect(seats.every((s) => typeof s.personName === 'string')).toBe(true);
	expect(await listScenarios(workspace.adminApi)).toHaveLength(before + 1);
});

test('a scenario exported as JSON imports from pasted text', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const [first] = await listScenarios(workspace.adminApi);
	const exported = await workspace.adminApi.get(`/api/v1/scenarios/${first!.id}/export`);
	await page.goto('/scenarios/import');
	await hydrated(page);
	await page.getByLabel('…or paste the contents').fill(await exported.text());
	await page.getByLabel('Scenario name').fill('Copy via JSON');
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByText('Ready to save “Copy via JSON”')).toBeVisible();
	await shot(page, 'json');
	await page.getByRole('button', { name: 'Save scenario' }).click();
	await expect(page).toHaveURL(/\/scenarios\/[A-Za-z0-9_-]+$/);
	const copy = await getScenario(
		workspace.adminApi,
		new URL(page.url()).pathname.split('/').pop()!
	);
	const original = await getScenario(workspace.adminApi, first!.id);
	expect(copy.name).toBe('Copy via JSON');
	expect(copy.seats).toEqual(original.seats);
});

test('a file over 5 MB gets a clear error and is not read', async ({ page, signInAs }) => {
	await signInAs('leader');
	await page.goto('/scenarios/import');
	await hydrated(page);
	const file = page.getByLabel('CSV or JSON file');
	await file.setInputFiles({
		name: 'huge.csv',
		mimeType: 'text/csv',
		buffer: Buffer.alloc(6 * 1024 * 1024, 'a')
	});
	await expect(page.getByText('"huge.csv" is 6.0 MB; an import reads at most 5 MB')).toBeVisible();
	// The server refuses it too, should the browser send it anyway.
	await file.evaluate((input: HTMLInputElement) => input.setCustomValidity(''));
	await page.getByRole('button', { name: 'Preview import' }).click();
	await expect(page.getByRole('alert').first()).toContainText('an import reads at most 5 MB');
	await expect(page.getByRole('heading', { name: '2. Review and save' })).toHaveCount(0);
	await shot(page, 'too-large');
});

test('marketers and custodians cannot open the import screen', async ({ page, signInAs }) => {
	await signInAs('marketer');
	const response = await page.goto('/scenarios/import');
	expect(response?.status()).toBe(403);
	await expect(page.getByText('Only admins and leaders can import scenarios.')).toBeVisible();
});

test('the import review passes axe and fits a 390 px screen', async ({ page, signInAs }) => {
	await signInAs('admin');
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/scenarios/import');
		await hydrated(page);
		await page.getByLabel('CSV or JSON file').setInputFiles({
			name: 'bamboohr.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(bambooHr().replace('Employee #', 'Employee'), 'utf8')
		});
		await page.getByRole('button', { name: 'Preview import' }).click();
		await expect(page.getByRole('heading', { name: 'Columns' })).toBeVisible();
		await checkScreen(page, `import-review-${width}`);
	}
});
