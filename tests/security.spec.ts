import type { Page } from '@playwright/test';
import { expect, hydrated, signIn, test } from './support/fixtures';
import { appScreens } from './support/screens';

/** The headers every answer carries over plain http (HSTS only comes over https). */
function expectSecurityHeaders(headers: Record<string, string>, where: string) {
	expect(headers['x-content-type-options'], where).toBe('nosniff');
	expect(headers['x-frame-options'], where).toBe('DENY');
	expect(headers['referrer-policy'], where).toBe('same-origin');
	expect(headers['content-security-policy'], where).toContain("frame-ancestors 'none'");
	expect(headers['strict-transport-security'], where).toBeUndefined();
}

/** Collects CSP violations the browser reports on any page `page` opens from now on. */
async function watchViolations(page: Page) {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation(v: string): void }).reportViolation(
				`${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`
			)
		);
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text()))
			violations.push(`${page.url()}: ${message.text()}`);
	});
	return violations;
}

test('pages, API answers, redirects and errors carry the security headers', async ({
	app,
	request,
	workspace
}) => {
	const api = workspace.adminApi;
	const answers = {
		'sign-in page': await request.get('/signin'),
		'redirect to sign-in': await request.get('/scenarios', { maxRedirects: 0 }),
		'missing page': await request.get('/no-such-page'),
		health: await request.get('/api/v1/health'),
		'API refusal': await request.get('/api/v1/scenarios'),
		'API list': await api.get('/api/v1/scenarios'),
		'signed-in page': await api.get('/scenarios')
	};
	expect(answers['redirect to sign-in'].status()).toBe(303);
	expect(answers['API refusal'].status()).toBe(401);
	for (const [where, answer] of Object.entries(answers))
		expectSecurityHeaders(answer.headers(), where);

	// Pages get the app's script policy: only this site's scripts and SvelteKit's nonced one.
	const page = answers['signed-in page'].headers()['content-security-policy']!;
	expect(page).toMatch(/script-src 'self' 'nonce-[^']+'/);
	expect(page).toContain("object-src 'none'");
	expect(answers['API list'].headers()['content-security-policy']).toContain("default-src 'none'");

	// Behind a proxy that says the browser came over https, HSTS is sent too.
	const proxied = await fetch(`${app.url}/signin`, { headers: { 'x-forwarded-proto': 'https' } });
	expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
});

test('the built scripts and styles under /_app/immutable carry the security headers too', async ({
	app,
	request
}) => {
	const html = await (await request.get('/signin')).text();
	const asset = html.match(/\/_app\/immutable\/[^"'\s]+\.js/)?.[0];
	expect(asset, 'the sign-in page links a built script').toBeTruthy();
	const answer = await request.get(asset!);
	expect(answer.status()).toBe(200);
	const headers = answer.headers();
	// Served as a static file by adapter-node, before the app's hooks.
	expect(headers['cache-control']).toContain('immutable');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['strict-transport-security']).toBeUndefined();
	const proxied = await fetch(`${app.url}${asset}`, { headers: { 'x-forwarded-proto': 'https' } });
	expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
});

test('the browser refuses to show the app inside another page', async ({ page, app }) => {
	const framed = page.waitForEvent('framenavigated', (f) => f !== page.mainFrame());
	await page.setContent(`<iframe src="${app.url}/signin" title="framed"></iframe>`);
	const frame = await framed;
	await frame.waitForLoadState();
	// Chromium replaces a refused frame with its own error page: the sign-in form never shows.
	expect(frame.url()).not.toBe(`${app.url}/signin`);
	await expect(page.frameLocator('iframe').getByLabel('Password')).toHaveCount(0);
});

test('every main screen loads in Chromium without a content-security-policy violation', async ({
	page,
	workspace
}) => {
	test.setTimeout(180_000);
	const violations = await watchViolations(page);
	await page.goto('/signin');
	await hydrated(page);
	const screens = await appScreens(workspace);
	await signIn(page, workspace.admin);
	for (const screen of screens) {
		await page.goto(screen.path);
		await hydrated(page);
		await screen.ready(page);
	}
	expect(violations).toEqual([]);
});
