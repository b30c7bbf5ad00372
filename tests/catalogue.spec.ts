import type { APIRequestContext, Page } from '@playwright/test';
import { expectApiError } from './support/api';
import { expect, hydrated, test } from './support/fixtures';

interface CatalogueBody {
	activities: { id: string; effortHours: Record<string, unknown>; sources: { note: string }[] }[];
	overrides: Record<string, unknown>;
	version: number;
}

async function catalogue(api: APIRequestContext): Promise<CatalogueBody> {
	const response = await api.get('/api/v1/catalogue');
	expect(response.status()).toBe(200);
	return (await response.json()) as CatalogueBody;
}

const row = (page: Page, name: string) =>
	page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

async function openEditor(page: Page, name: string) {
	await page.goto('/catalogue');
	await hydrated(page);
	await page.getByRole('button', { name: `Edit ${name}` }).click();
	const form = page.getByRole('form', { name: `Override ${name}` });
	await expect(form).toBeVisible();
	return form;
}

test('an admin overrides an activity’s effort on the page, sees it marked and resets it', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Catalogue' })
		.click();
	await expect(page.getByRole('heading', { name: 'Activity catalogue', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Content strategy and creation' })).toBeVisible();
	const blog = row(page, 'Blog post draft');
	await expect(blog).toContainText('median 3.8 h, p90 8 h');
	await expect(blog.getByText('workspace override', { exact: true })).toHaveCount(0);

	const form = await openEditor(page, 'Blog post draft');
	await form.getByLabel('Distribution').selectOption('fixed');
	await form.getByLabel('Hours', { exact: true }).fill('5');
	await form.getByLabel('Source of your figures (optional)').fill('Our time sheets, Q1');
	await form.getByRole('button', { name: 'Save override' }).click();
	await expect(form.getByText('Saved for this workspace.')).toBeVisible();

	await expect(blog).toContainText('5 h each');
	await expect(blog.getByText('workspace override', { exact: true })).toBeVisible();
	await expect(blog).toContainText('default: median 3.8 h, p90 8 h');
	await expect(
		row(page, 'Campaign brief').getByText('workspace override', { exact: true })
	).toHaveCount(0);
	const saved = await catalogue(workspace.adminApi);
	expect(saved).toMatchObject({
		version: 2,
		overrides: { 'blog-post-draft': { effortHours: { kind: 'fixed', hours: 5 } } }
	});
	const merged = saved.activities.find((a) => a.id === 'blog-post-draft')!;
	expect(merged.effortHours).toEqual({ kind: 'fixed', hours: 5 });
	expect(merged.sources.map((s) => s.note)).toContain('Workspace override: Our time sheets, Q1');

	await page.reload();
	await expect(blog.getByText('workspace override', { exact: true })).toBeVisible();
	await blog
		.getByRole('group')
		.getByText(/sources?$/)
		.click();
	await expect(blog.getByText('Workspace override: Our time sheets, Q1')).toBeVisible();

	await hydrated(page);
	await page.getByRole('button', { name: 'Reset to default' }).click();
	await expect(page.getByText('Back to the catalogue default.')).toBeVisible();
	await expect(form.getByLabel('Distribution')).toHaveValue('lognormal');
	await expect(form.getByLabel('Median hours')).toHaveValue('3.8');
	await expect(blog.getByText('workspace override', { exact: true })).toHaveCount(0);
	await expect(blog).toContainText('median 3.8 h, p90 8 h');
	expect(await catalogue(workspace.adminApi)).toMatchObject({ version: 3, overrides: {} });
});

test('a bad value shows an error at its field and changes nothing', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	const form = await openEditor(page, 'Blog post draft');
	await form.getByLabel('p90 hours').fill('2');
	await form.getByLabel('Level 3 (native)').fill('20');
	await form.getByRole('button', { name: 'Save override' }).click();

	const p90 = form.getByLabel('p90 hours');
	await expect(p90).toHaveAttribute('aria-invalid', 'true');
	await expect(form.getByText('must be above median hours', { exact: true })).toBeVisible();
	await expect(p90).toHaveValue('2');
	await expect(form.getByText('must be at least the share at level 2 (40%)')).toBeVisible();
	await expect(form.getByRole('alert')).toHaveText('Please correct the fields marked below.');
	expect(await catalogue(workspace.adminApi)).toMatchObject({ version: 1, overrides: {} });

	await form.getByLabel('p90 hours').fill('lots');
	await form.getByRole('button', { name: 'Save override' }).click();
	await expect(form.getByText('enter hours, such as 3.5')).toBeVisible();
	expect(await catalogue(workspace.adminApi)).toMatchObject({ version: 1, overrides: {} });
});

test('a marketer reads the catalogue but cannot change it', async ({
	page,
	signInAs,
	workspace,
	baseURL
}) => {
	const marketer = await signInAs('marketer');
	const api = await workspace.apiAs(marketer);
	await page.goto('/catalogue?edit=blog-post-draft');
	await expect(row(page, 'Blog post draft')).toContainText('median 3.8 h, p90 8 h');
	await expect(page.getByText('Admins can override these figures')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
	await expect(page.getByRole('form', { name: /^Override / })).toHaveCount(0);

	const read = await catalogue(api);
	expect(read.activities.length).toBeGreaterThanOrEqual(25);
	const put = await api.put('/api/v1/catalogue/overrides', {
		data: { overrides: { 'blog-post-draft': { craft: 'brand' } }, version: read.version }
	});
	await expectApiError(put, 403, 'forbidden');
	const action = await api.post('/catalogue?/reset', {
		form: { id: 'blog-post-draft', version: String(read.version) },
		headers: { origin: baseURL!, accept: 'application/json' }
	});
	expect(await action.json()).toMatchObject({ type: 'failure', status: 403 });
	expect(await catalogue(workspace.adminApi)).toMatchObject({ version: 1, overrides: {} });
});

test('the API refuses a bad value with its path and a stale version with 409', async ({
	page,
	signInAs,
	workspace
}) => {
	const api = workspace.adminApi;
	const put = (overrides: unknown, version: number) =>
		api.put('/api/v1/catalogue/overrides', { data: { overrides, version } });

	const bad = await expectApiError(
		await put({ 'blog-post-draft': { effortHours: { kind: 'fixed', hours: -1 } } }, 1),
		400
	);
	expect(bad.error.issues.map((i) => i.path)).toContain(
		'overrides["blog-post-draft"].effortHours.hours'
	);
	const unknown = await expectApiError(await put({ 'press-release': { unit: 'release' } }, 1), 400);
	expect(unknown.error.issues.map((i) => i.path)).toEqual(['overrides["press-release"]']);

	// The page is opened at version 1, then someone else saves through the API.
	await signInAs('admin');
	const form = await openEditor(page, 'Campaign brief');
	const first = await put({ 'blog-post-draft': { craft: 'brand' } }, 1);
	expect(first.status()).toBe(200);
	expect(await first.json()).toMatchObject({ version: 2 });

	const stale = await expectApiError(await put({}, 1), 409, 'version_conflict');
	expect(stale.error.currentVersion).toBe(2);

	await form.getByLabel('Maximum hours').fill('9');
	await form.getByRole('button', { name: 'Save override' }).click();
	await expect(form.getByRole('alert')).toContainText('changed by someone else');
	expect(await catalogue(api)).toMatchObject({
		version: 2,
		overrides: { 'blog-post-draft': { craft: 'brand' } }
	});
});
