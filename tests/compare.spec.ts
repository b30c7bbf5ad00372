import type { Page } from '@playwright/test';
import { listScenarios } from './support/api';
import { expect, test } from './support/fixtures';

const LEGACY = 'Today: functional team';
// The 18-seat leaner variant: these checks rely on its seats.
const PROPOSAL = 'Proposal, leaner variant: two towers with 18 seats';

/** The headline card of one figure, e.g. "Headcount". */
const figure = (page: Page, label: string) =>
	page.locator('dl > div', { has: page.getByText(label, { exact: true }) });

test('compare the functional team with the two-tower proposal', async ({ page, signInAs }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await signInAs('admin');
	await page.goto('/scenarios/compare');
	await expect(page.getByRole('heading', { name: 'Compare scenarios', level: 1 })).toBeVisible();
	await page.getByLabel('Before (A)').selectOption({ label: `${LEGACY} (current)` });
	await page.getByLabel('After (B)').selectOption({ label: PROPOSAL });
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/scenarios\/compare\?a=[^&]+&b=[^&]+$/);
	await expect(page.getByRole('heading', { name: `${LEGACY} to ${PROPOSAL}` })).toBeVisible();

	await expect(figure(page, 'Headcount')).toContainText(/28\s*→\s*(to)?\s*17\s*−11/);
	await expect(figure(page, 'Open seats')).toContainText('−1');
	await expect(figure(page, 'FTE')).toContainText(/30.*18.*−12/);
	await expect(figure(page, 'Annual cost (workspace currency)')).toContainText(
		/4,395,000.*3,140,000.*−1,255,000/
	);

	const table = page.getByRole('table', { name: 'Changes from A to B' });
	const rows = table.locator('tbody tr');
	await expect(
		table.getByRole('row', { name: /Moved GTM marketer, enterprise finance · Hannah Lindqvist/ })
	).toContainText(
		'From Director of product marketing (Mateo Alvarez) to Head of GTM (Marcus Bell)'
	);
	await expect(
		table.getByRole('row', { name: /Added GTM marketer, accounting partners/ })
	).toBeVisible();
	await expect(
		table.getByRole('row', { name: /Removed Competitive intelligence analyst/ })
	).toBeVisible();
	await expect(
		table.getByRole('row', { name: /Kind changed Head of GTM · Marcus Bell/ })
	).toContainText('was Director of demand generation');
	await expect(table.getByRole('row', { name: /Ownership gained/ })).toHaveCount(4);

	const a = page.locator('[data-side="A"] .tree');
	const b = page.locator('[data-side="B"] .tree');
	const chartA = page.locator('[data-side="A"] svg');
	const chartB = page.locator('[data-side="B"] svg');
	await expect(chartA.locator('[data-seat-id="competitive-analyst"]')).toHaveAttribute(
		'data-highlight',
		'removed'
	);
	await expect(chartB.locator('[data-seat-id="gtm-partners"]')).toHaveAttribute(
		'data-highlight',
		'added'
	);
	await expect(chartB.locator('[data-seat-id="gtm-enterprise"]')).toHaveAttribute(
		'data-highlight',
		'moved'
	);
	await expect(a.locator('[data-seat-id="competitive-analyst"]')).toHaveAttribute(
		'data-highlight',
		'removed'
	);
	await expect(b.locator('[data-seat-id="gtm-partners"]')).toHaveAttribute(
		'data-highlight',
		'added'
	);
	await expect(b.locator('[data-seat-id="gtm-enterprise"]')).toHaveAttribute(
		'data-highlight',
		'moved'
	);
	await expect(b.locator('[data-seat-id="senior-designer"]')).not.toHaveAttribute('data-highlight');
	await page.screenshot({ path: 'test-results/screens/compare.png', fullPage: true });

	const all = await rows.count();
	await page.getByRole('button', { name: /^Moved/ }).click();
	await expect(page.getByRole('button', { name: /^Moved/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasNotText: 'Moved' })).toHaveCount(0);
	await page.getByRole('button', { name: /^All/ }).click();
	await expect(rows).toHaveCount(all);

	await page.getByRole('button', { name: 'Swap A and B' }).click();
	await expect(page.getByRole('heading', { name: `${PROPOSAL} to ${LEGACY}` })).toBeVisible();
	await expect(figure(page, 'Headcount')).toContainText('+11');
	expect(errors).toEqual([]);
});

test('an unknown or private scenario is not found', async ({ page, workspace, signInAs }) => {
	const list = await listScenarios(workspace.adminApi);
	const id = (name: string) => list.find((s) => s.name === name)!.id;
	await signInAs('marketer');

	const unknown = await page.goto(`/scenarios/compare?a=${id(LEGACY)}&b=no-such-scenario`);
	expect(unknown?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Not found', level: 1 })).toBeVisible();

	await page.goto('/scenarios/compare');
	// The shared scenarios only, in whatever order they were last changed.
	const options = page.getByLabel('After (B)').locator('option');
	await expect(options).toHaveCount(3);
	expect((await options.allTextContents()).sort()).toEqual(
		[`${LEGACY} (current)`, PROPOSAL, 'Proposal: two towers'].sort()
	);
	const hidden = await page.goto(
		`/scenarios/compare?a=${id(LEGACY)}&b=${id('Reference: solo coordinator')}`
	);
	expect(hidden?.status()).toBe(404);
});
