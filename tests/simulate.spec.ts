import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { hydrated, expect, test } from './support/fixtures';
import { listScenarios } from './support/api';

// Each run simulates two designs and their sensitivity runs in the browser: on a busy machine
// that takes a while.
test.describe.configure({ timeout: 120_000 });

const LEGACY = 'Today: functional team';
const PROPOSAL = 'Proposal: two towers';

/** A headline card by its title. */
const card = (page: Page, title: string | RegExp) =>
	page.locator('dl > div', { has: page.locator('dt', { hasText: title }) });

/** Sets the run to 3 replications (fast) and waits until a run with them has finished. */
async function runFast(page: Page) {
	await hydrated(page);
	await page.getByLabel('Replications', { exact: true }).fill('3');
	await finished(page);
}

/** Waits until a run with 3 replications has finished: its progress bar is full. */
async function finished(page: Page) {
	const progress = page.getByRole('progressbar', { name: /^Done: 3 replications per run/ });
	await expect(progress).toBeVisible({ timeout: 60_000 });
	await expect(progress).toHaveAttribute('value', (await progress.getAttribute('max'))!);
}

test('a leader simulates the current scenario against the two-tower proposal', async ({
	page,
	signInAs
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await signInAs('leader');
	await page.goto('/simulate');
	await expect(page).toHaveURL(/\/scenarios\/[^/]+\/simulate$/);
	await expect(page.getByRole('heading', { name: `Simulate: ${LEGACY}`, level: 1 })).toBeVisible();
	await expect(page.getByLabel('Compare with (B)').locator('option:checked')).toHaveText(
		new RegExp(PROPOSAL)
	);
	// The workspace has no company profile yet: the demo company's, with where to set it.
	const profile = page.getByTestId('profile-source');
	await expect(profile).toContainText('company profile: default demo company');
	await expect(
		profile.getByRole('link', { name: 'Edit the workspace’s company profile' })
	).toHaveAttribute('href', '/assessments');
	await runFast(page);

	const lead = card(page, 'Mean lead time');
	await expect(lead).toContainText(LEGACY);
	await expect(lead).toContainText(PROPOSAL);
	await expect(lead.locator('strong')).toHaveText([/\d days?$/, /\d days?$/]);
	const tax = card(page, 'Hand-off tax per quarter');
	await expect(tax.locator('strong')).toHaveText([/\d h · .* per item/, /\d h · .* per item/]);
	await expect(card(page, /^Capacity (reclaimed|lost)/)).toContainText('per quarter');
	await expect(page.getByRole('img', { name: /Lead time per template/ })).toBeVisible();
	// Why B is faster or slower, in one sentence, and where the calendar time goes.
	await expect(
		page.getByText(
			new RegExp(
				`^Why: ${PROPOSAL} (is [\\d.]+ working days (slower|faster) per item than ${LEGACY}, mostly from|and ${LEGACY} take the same time per item, within an hour)`
			)
		)
	).toBeVisible();
	const breakdown = page.getByRole('img', { name: /Where the lead time goes/ });
	await expect(breakdown).toBeVisible();
	await expect(breakdown.locator('rect title').first()).toHaveText(/^All templates, A: /);
	await page
		.locator('figure', { has: breakdown })
		.screenshot({ path: 'test-results/screens/simulate-breakdown.png' });
	await page.getByText('Numbers for “Where the lead time goes”').click();
	const numbers = page.getByRole('table', { name: /Where the lead time goes/ });
	await expect(
		numbers.getByRole('row', { name: new RegExp(`All templates B: ${PROPOSAL}`) })
	).toContainText(/\d days?/);
	await expect(page.getByRole('img', { name: /Hours per seat, A/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /typical week per role/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Sensitivity, A/ })).toBeVisible();

	const before = await tax.locator('strong').first().textContent();
	await page.getByLabel('Transfer effort per hand-off').fill('0');
	await expect(tax.locator('strong').first()).not.toHaveText(before!, { timeout: 20_000 });
	await finished(page);

	const json = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download JSON' }).click();
	const result = JSON.parse(await readFile((await (await json).path())!, 'utf8'));
	expect(result.overall.leadTime.meanHours).toBeGreaterThan(0);
	expect(result.assumptions.handoffHours).toBe(0);
	expect(result.run.replications).toBe(3);
	expect(result.compare.result.scenario.name).toBe(PROPOSAL);
	expect(result.compare.differences).toHaveProperty('capacityHoursReclaimed');

	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const text = await readFile((await (await csv).path())!, 'utf8');
	expect(text.split('\r\n')[0]).toMatch(/^record,side,scenario,id,name/);
	expect(text).toContain(`seat,compare,${PROPOSAL}`);

	await page.screenshot({ path: 'test-results/screens/simulate.png', fullPage: true });
	expect(errors).toEqual([]);
});

test('the lead-time breakdown and its explanation fit a phone screen', async ({
	page,
	signInAs
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signInAs('leader');
	await page.goto('/simulate');
	await runFast(page);
	const breakdown = page.getByRole('img', { name: /Where the lead time goes/ });
	await breakdown.scrollIntoViewIfNeeded();
	await expect(breakdown).toBeVisible();
	await expect(page.getByText(/^Why: .* working days (slower|faster) per item/)).toBeVisible();
	const box = await breakdown.boundingBox();
	expect(box!.x).toBeGreaterThanOrEqual(0);
	expect(box!.x + box!.width).toBeLessThanOrEqual(390);
	// No sideways scroll of the page.
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
	await page
		.locator('figure', { has: breakdown })
		.screenshot({ path: 'test-results/screens/simulate-breakdown-390.png' });
});

test('a marketer can simulate the current scenario', async ({ page, signInAs }) => {
	await signInAs('marketer');
	await page.goto('/simulate');
	await expect(page.getByRole('heading', { name: `Simulate: ${LEGACY}`, level: 1 })).toBeVisible();
	await runFast(page);
	await expect(card(page, 'Mean lead time')).toContainText(PROPOSAL);
});

test('a bad value gets a field error and no crash', async ({ page, signInAs, workspace }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await signInAs('admin');
	const legacy = (await listScenarios(workspace.adminApi)).find((s) => s.name === LEGACY)!;
	await page.goto(`/scenarios/${legacy.id}/simulate?compare=starter:two-tower`);
	await expect(page.getByLabel('Compare with (B)').locator('option:checked')).toHaveText(
		/Two towers/
	);
	await runFast(page);

	const replications = page.getByLabel('Replications', { exact: true });
	for (const [value, message] of [
		['0', 'must be at least 1'],
		['-1', 'must be at least 1'],
		['', 'enter a number'],
		['2.5', 'expected a whole number']
	]) {
		await replications.fill(value!);
		await expect(replications).toHaveAccessibleDescription(new RegExp(message!));
		await expect(replications).toHaveAttribute('aria-invalid', 'true');
		await expect(
			page.getByRole('progressbar', { name: 'Not run: correct the fields marked below' })
		).toBeVisible();
	}
	await page.getByText('Volumes per quarter').click();
	const volume = page.getByLabel('Paid campaign, Enterprise finance leaders: runs per quarter');
	await volume.fill('-2');
	await replications.fill('3');
	await expect(volume).toHaveAccessibleDescription('must be at least 0 runs');
	await volume.fill('2');
	await finished(page);
	await expect(replications).not.toHaveAttribute('aria-invalid');

	expect((await page.goto('/scenarios/no-such-scenario/simulate'))?.status()).toBe(404);
	expect((await page.goto(`/scenarios/${legacy.id}/simulate?compare=nope`))?.status()).toBe(404);
	expect(errors).toEqual([]);
});
