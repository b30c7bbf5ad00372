import type { Page } from '@playwright/test';
import { expectApiError } from './support/api';
import { expect, hydrated, signIn, test } from './support/fixtures';

/** Submits the sign-in form and waits for the page the server answers with. */
async function submitSignIn(page: Page, email: string, password: string) {
	await hydrated(page);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	const answered = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Sign in' }).click();
	const response = await answered;
	await expect(page.getByLabel('Password')).toHaveValue('');
	return response;
}

test('a wrong password shows a clear message and stays on the sign-in page', async ({
	page,
	workspace
}) => {
	await page.goto('/signin');
	const response = await submitSignIn(page, workspace.admin.email, 'not the right passphrase');
	expect(response.status()).toBe(401);
	await expect(page.getByRole('alert')).toHaveText(
		'That email and password do not match an account.'
	);
	await expect(page).toHaveURL(/\/signin$/);
	await expect(page.getByLabel('Email')).toHaveValue(workspace.admin.email);
	await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible();
});

test('after five wrong passwords the form refuses even the right one', async ({
	page,
	workspace
}) => {
	await page.goto('/signin');
	for (let attempt = 1; attempt <= 5; attempt++) {
		const response = await submitSignIn(
			page,
			workspace.admin.email,
			`wrong guess number ${attempt}`
		);
		expect(response.status(), `attempt ${attempt}`).toBe(401);
		await expect(page.getByRole('alert')).toContainText('do not match');
	}
	const refused = await submitSignIn(page, workspace.admin.email, workspace.admin.password);
	expect(refused.status()).toBe(429);
	await expect(page.getByRole('alert')).toContainText('Too many failed sign-ins');
	await expect(page).toHaveURL(/\/signin$/);
	await expect(page.getByRole('heading', { name: 'Scenarios' })).toHaveCount(0);
});

test('the session API rate limits wrong passwords with 429 and retry-after', async ({
	app,
	playwright,
	workspace
}) => {
	const client = await playwright.request.newContext({ baseURL: app.url });
	const attempt = (password: string) =>
		client.post('/api/v1/session', { data: { email: workspace.admin.email, password } });
	for (let i = 1; i <= 5; i++)
		await expectApiError(await attempt(`wrong guess ${i}`), 401, 'invalid_credentials');

	const refused = await attempt(workspace.admin.password);
	const body = await expectApiError(refused, 429, 'rate_limited');
	expect(body.error.message).toContain('Too many failed sign-ins');
	const retryAfter = Number(refused.headers()['retry-after']);
	expect(retryAfter).toBeGreaterThan(0);
	expect(retryAfter).toBeLessThanOrEqual(15 * 60);
	// The refused attempt did not sign anyone in.
	await expectApiError(await client.get('/api/v1/scenarios'), 401, 'unauthenticated');
	await client.dispose();
});

test('pages redirect to sign-in and come back after it', async ({ page, workspace }) => {
	await page.goto('/members?tab=all');
	await expect(page).toHaveURL(/\/signin\?next=%2Fmembers%3Ftab%3Dall$/);
	await hydrated(page);
	await page.getByLabel('Email').fill(workspace.admin.email);
	await page.getByLabel('Password').fill(workspace.admin.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/members\?tab=all$/);
	await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();

	for (const path of ['/scenarios', '/settings/tokens', '/guide', '/simulate']) {
		await page.context().clearCookies();
		await page.goto(path);
		await expect(page).toHaveURL(`/signin?next=${encodeURIComponent(path)}`);
	}
});

test('the API answers 401 with the error shape, except for health', async ({ request }) => {
	const health = await request.get('/api/v1/health');
	expect(health.status()).toBe(200);
	expect(await health.json()).toEqual({ status: 'ok', store: 'embedded' });

	const guarded = [
		request.get('/api/v1/scenarios'),
		request.get('/api/v1/scenarios/anything'),
		request.get('/api/v1/scenarios/anything/export?format=csv'),
		request.post('/api/v1/scenarios', { data: { from: 'two-tower' } }),
		request.get('/api/v1/members'),
		request.post('/api/v1/tokens', { data: {} })
	];
	for (const response of await Promise.all(guarded))
		await expectApiError(response, 401, 'unauthenticated');
});

test('signing out ends the session: the old cookie no longer works', async ({
	app,
	page,
	playwright,
	workspace
}) => {
	await signIn(page, workspace.admin);
	const cookie = (await page.context().cookies()).find((c) => c.name === 'orgcraft_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
	const withOldCookie = await playwright.request.newContext({
		baseURL: app.url,
		extraHTTPHeaders: { cookie: `orgcraft_session=${cookie!.value}` }
	});
	expect((await withOldCookie.get('/api/v1/scenarios')).status()).toBe(200);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/signin$/);
	await page.goto('/scenarios');
	await expect(page).toHaveURL(/\/signin\?next=%2Fscenarios$/);
	await expectApiError(await withOldCookie.get('/api/v1/scenarios'), 401, 'unauthenticated');
	await withOldCookie.dispose();
});

test('an invite link lets a new member choose a password and lands signed in', async ({
	page,
	workspace
}) => {
	const invited = await workspace.adminApi.post('/api/v1/members', {
		data: { name: 'Mia Marketer', email: 'mia@example.test', role: 'marketer' }
	});
	expect(invited.status()).toBe(201);
	const { inviteUrl } = await invited.json();

	await page.goto(new URL(inviteUrl).pathname);
	await expect(page.getByRole('heading', { name: 'Join the workspace', level: 1 })).toBeVisible();
	await expect(page.getByText('Welcome, Mia Marketer')).toBeVisible();
	await expect(page.getByLabel('Email')).toHaveValue('mia@example.test');
	await hydrated(page);
	await page.getByLabel('Password').fill('mia chooses a long passphrase');
	await page.getByRole('button', { name: 'Join' }).click();

	await expect(page).toHaveURL(/\/scenarios\?welcome=1$/);
	await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible();
	await expect(page.getByRole('banner')).toContainText('Mia Marketer');

	// The link works once.
	await page.goto(new URL(inviteUrl).pathname);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'This invite link no longer works'
	);
});

test('a personal access token from the tokens page works as a bearer token', async ({
	app,
	page,
	playwright,
	signInAs
}) => {
	await signInAs('marketer');
	await page.goto('/settings/tokens');
	await hydrated(page);
	await expect(page.getByText('You have no tokens yet.')).toBeVisible();
	await page.getByLabel('Token name').fill('Reporting script');
	await page.getByRole('button', { name: 'Create token' }).click();
	const secret = await page.getByLabel('New token').inputValue();
	expect(secret).toMatch(/^oc_[A-Za-z0-9_-]{20,}$/);
	await expect(page.getByRole('cell', { name: 'Reporting script', exact: true })).toBeVisible();

	const bearer = (token: string) =>
		playwright.request.newContext({
			baseURL: app.url,
			extraHTTPHeaders: { authorization: `Bearer ${token}` }
		});
	const good = await bearer(secret);
	const listed = await good.get('/api/v1/scenarios');
	expect(listed.status()).toBe(200);
	const names = (await listed.json()).scenarios.map((s: { name: string }) => s.name);
	expect(names).toContain('Today: functional team');
	// The token acts with its owner's role: a marketer still cannot invite.
	await expectApiError(
		await good.post('/api/v1/members', {
			data: { name: 'X', email: 'x@example.test', role: 'admin' }
		}),
		403
	);

	const bad = await bearer(`${secret.slice(0, -4)}nope`);
	await expectApiError(await bad.get('/api/v1/scenarios'), 401, 'invalid_token');
	await Promise.all([good.dispose(), bad.dispose()]);
});
