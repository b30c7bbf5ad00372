import { checkScreen } from './support/screens';
import type { APIRequestContext, Page } from '@playwright/test';
import { expectApiError, issuePaths, scenarioNamed } from './support/api';
import { expect, hydrated, signIn, test, type Account, type Workspace } from './support/fixtures';

/** Publishes the two-tower design with `account` on the seat `seatId`; returns nothing. */
async function publishTowersWith(workspace: Workspace, seatId: string, account: Account) {
	const api = workspace.adminApi;
	const towers = await scenarioNamed(api, 'Proposal: two towers');
	const seats = towers.seats.map((s) =>
		s.id === seatId ? { ...s, memberEmail: account.email } : s
	);
	const saved = await api.put(`/api/v1/scenarios/${towers.id}`, { data: { ...towers, seats } });
	expect(saved.status(), await saved.text()).toBe(200);
	const published = await api.post(`/api/v1/scenarios/${towers.id}/publish`, {
		data: { note: 'Two towers' }
	});
	expect(published.status(), await published.text()).toBe(200);
}

interface PolicyBody {
	policy: {
		checklist: { id: string; text: string }[];
		rules: { activityId: string; level: string; reviewer: string; dataClasses: string[] }[];
	};
	version: number;
	approved: { number: number } | null;
}

async function policyOf(api: APIRequestContext): Promise<PolicyBody> {
	const response = await api.get('/api/v1/policy');
	expect(response.status()).toBe(200);
	return (await response.json()) as PolicyBody;
}

/** The hours of the effect panel's row `label`, without policy and with the draft. */
async function effectRow(page: Page, label: string) {
	const row = page
		.getByRole('region', { name: /^What this policy changes for / })
		.getByRole('row', { name: new RegExp(`^${label}`) });
	const [before = '', after = ''] = await row.getByRole('cell').allTextContents();
	const hours = (t: string) => Number(t.replace(/[^0-9.]/g, ''));
	expect(before).toMatch(/^[\d,]+ h$/);
	expect(after).toMatch(/^[\d,]+ h$/);
	return { before: hours(before), after: hours(after) };
}

const ruleItem = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });

test('a custodian edits the rules of their craft and cannot edit another craft’s', async ({
	page,
	workspace
}) => {
	const custodian = await workspace.addMember('custodian');
	await publishTowersWith(workspace, 'content-custodian', custodian);
	await signIn(page, custodian);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Guardrails' })
		.click();
	await expect(page.getByRole('heading', { name: 'AI guardrails', level: 1 })).toBeVisible();
	await expect(page.getByText('You are custodian of content')).toBeVisible();
	await hydrated(page);
	const effect = page.getByRole('region', { name: /^What this policy changes for / });
	await expect(effect.getByRole('columnheader', { name: 'Without policy' })).toBeVisible();
	await expect(effect.getByRole('columnheader', { name: 'With the draft' })).toBeVisible();
	await expect(effect.getByRole('row', { name: /^Mean lead time per item/ })).toContainText(
		/\d+\.\d working days.*\d+\.\d working days/
	);
	const reclaimed = await effectRow(page, 'Capacity AI reclaims a quarter');
	expect(reclaimed.before).toBeGreaterThan(0);

	await page.getByText('Edit the rule for Blog post draft').click();
	const form = page.getByRole('form', { name: 'Rule for Blog post draft' });
	await form.getByLabel('Automation level').selectOption('human-only');
	await form.getByRole('button', { name: 'Save rule' }).click();
	// People-only work may put no data into AI tools: refused, naming the field, nothing saved.
	await expect(form.getByText(/leave the data classes empty/)).toBeVisible();
	expect((await policyOf(workspace.adminApi)).version).toBe(1);

	await form.getByLabel('public').uncheck();
	await form.getByLabel('internal').uncheck();
	await form.getByRole('button', { name: 'Save rule' }).click();
	await expect(form.getByText('Saved to the draft.')).toBeVisible();
	await expect(ruleItem(page, 'Blog post draft').locator('.level')).toHaveText('People only');
	// The draft's effect is simulated again: blog drafts no longer count as reclaimed by AI.
	await expect(effect).toContainText(/people only \(no AI absorption\):[^.]*Blog post draft/);
	const now = await effectRow(page, 'Capacity AI reclaims a quarter');
	expect(now.before).toBe(reclaimed.before);
	expect(now.after).toBeLessThan(reclaimed.after);
	const saved = await policyOf(workspace.adminApi);
	expect(saved.version).toBe(2);
	expect(saved.policy.rules.find((r) => r.activityId === 'blog-post-draft')).toMatchObject({
		level: 'human-only',
		dataClasses: []
	});

	// Another craft's rule is shown read only, and the API refuses the change.
	const brandReview = ruleItem(page, 'Brand review of an asset');
	await expect(brandReview.getByText('read only')).toBeVisible();
	await expect(brandReview.getByText(/^Edit the rule/)).toHaveCount(0);
	const api = await workspace.apiAs(custodian);
	const theirs = structuredClone(saved.policy);
	theirs.rules.find((r) => r.activityId === 'brand-review')!.level = 'human-only';
	theirs.rules.find((r) => r.activityId === 'brand-review')!.dataClasses = [];
	const refused = await api.put('/api/v1/policy', { data: { policy: theirs, version: 2 } });
	const body = await expectApiError(refused, 403, 'forbidden');
	expect(body.error.message).toContain('Brand review');
	expect((await policyOf(workspace.adminApi)).version).toBe(2);
});

test('an admin approves a version and reads it in the document, then compares versions', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await page.goto('/guardrails/document');
	await expect(page.getByText('No version has been approved yet.')).toBeVisible();
	await page.goto('/guardrails');
	await hydrated(page);
	await page.getByLabel('Note for version 1').fill('Starter policy agreed with the CMO staff');
	await page.getByRole('button', { name: 'Approve as version 1' }).click();
	await expect(page.getByText('Version 1 approved.')).toBeVisible();
	await page.getByRole('link', { name: 'Read the policy document' }).click();
	await expect(page.getByRole('heading', { name: 'AI guardrail policy, version 1' })).toBeVisible();
	await expect(page.getByText('Approved by Ada Admin')).toBeVisible();
	await expect(page.getByText('Starter policy agreed with the CMO staff')).toBeVisible();
	await expect(page.getByRole('heading', { name: /^AI acts alone \(2\)/ })).toBeVisible();

	const md = await workspace.adminApi.get('/guardrails/document/export?version=1');
	expect(md.status()).toBe(200);
	expect(md.headers()['content-type']).toContain('text/markdown');
	const text = await md.text();
	expect(text).toMatch(/^# AI guardrail policy, version 1\n/);
	expect(text).toContain('Approved by Ada Admin on');

	// A second version through the API; the history shows what changed between them.
	const draft = await policyOf(workspace.adminApi);
	expect(draft.approved?.number).toBe(1);
	draft.policy.rules.find((r) => r.activityId === 'social-post')!.reviewer = 'craft:brand';
	const put = await workspace.adminApi.put('/api/v1/policy', {
		data: { policy: draft.policy, version: draft.version }
	});
	expect(put.status(), await put.text()).toBe(200);
	const approve = await workspace.adminApi.post('/api/v1/policy/approve', {
		data: { version: (await put.json()).version, note: 'Brand reviews social' }
	});
	expect(approve.status(), await approve.text()).toBe(201);
	await page.goto('/guardrails/history');
	await expect(
		page.getByRole('heading', { name: 'Changes from version 1 to version 2' })
	).toBeVisible();
	const change = page.getByRole('article', { name: 'Changes to Social post' });
	await expect(change).toContainText('Reviewer: craft:social');
	await expect(change).toContainText('craft:brand');
	await page.goto('/guardrails/document?version=1');
	await expect(page.getByText('A newer version (2) exists')).toBeVisible();
});

test('a brand layer is written, exported, and a pasted draft is highlighted with reasons', async ({
	page,
	signInAs,
	workspace
}) => {
	await signInAs('admin');
	await page.goto('/guardrails/brand/mid-market-finance');
	await hydrated(page);
	await expect(
		page.getByRole('heading', { name: 'Brand layer: Mid-market controllers' })
	).toBeVisible();
	const form = page.getByRole('form', { name: 'Brand layer' });
	await form.getByLabel('Voice and tone').fill('<script>alert(1)</script>');
	await form.getByLabel('Phrases to avoid').fill('synergy\nbest-of-breed');
	await form.getByLabel('Approved claims').fill('Controllers close their books 40% faster');
	await form.getByRole('button', { name: 'Save brand layer' }).click();
	await expect(page.getByText(/voiceAndTone: must be plain text/).first()).toBeVisible();
	const unsaved = await workspace.adminApi.get('/api/v1/brand/mid-market-finance');
	expect((await unsaved.json()).version).toBe(1);

	await form.getByLabel('Voice and tone').fill('Plain, calm and exact, like a good controller.');
	await form.getByRole('button', { name: 'Save brand layer' }).click();
	await expect(page.getByText('Brand layer saved.')).toBeVisible();
	const md = await workspace.adminApi.get('/guardrails/brand/mid-market-finance/export');
	expect(await md.text()).toContain('## Phrases to avoid\n\n- synergy\n- best-of-breed');

	await page.goto('/guardrails/check');
	await hydrated(page);
	await page.getByLabel('Audience').selectOption('mid-market-finance');
	const draft =
		'Unlock synergy today. Controllers close their books 40% faster, and our fastest ledger saves 60% of audit time. Let us delve into the details.';
	await page.getByLabel('Draft', { exact: true }).fill(draft);
	await page.getByRole('button', { name: 'Check draft' }).click();
	const highlighted = page.getByLabel('Your draft with the findings highlighted');
	await expect(highlighted.locator('mark')).toHaveText(['synergy1', 'fastest2', '60%3', 'delve4']);
	const findings = page.getByRole('list', { name: 'Findings' });
	await expect(findings.getByRole('listitem')).toHaveCount(4);
	await expect(findings).toContainText('On this audience\'s list of phrases to avoid ("synergy").');
	await expect(findings).toContainText('A figure ("60%") that no approved claim');
	await expect(
		page.getByText('Claims, figures and proof points are approved for use')
	).toBeVisible();
	await expect(
		page.getByText('Left to the reviewer: a machine cannot judge this.').first()
	).toBeVisible();

	// An upload of the wrong type is refused, naming the file.
	await page.getByLabel('Or upload a file (.txt, .md or .docx)').setInputFiles({
		name: 'draft.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4 binary')
	});
	await page.getByRole('button', { name: 'Check draft' }).click();
	await expect(page.getByText('draft.pdf is not a .txt, .md or .docx file').first()).toBeVisible();
	// A .txt upload is checked instead of the pasted text.
	await page.getByLabel('Or upload a file (.txt, .md or .docx)').setInputFiles({
		name: 'draft.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Real synergy, plainly explained.', 'utf8')
	});
	await page.getByRole('button', { name: 'Check draft' }).click();
	await expect(highlighted.locator('mark')).toHaveText(['synergy1']);
	// The page shows the text it checked: the file's, in place of the pasted draft.
	await expect(page.getByLabel('Draft', { exact: true })).toHaveValue(
		'Real synergy, plainly explained.'
	);
});

test('the API refuses bad policies, drafts and brand fields clearly and saves nothing', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const { policy } = await policyOf(api);
	const unknown = structuredClone(policy);
	unknown.rules[0]!.activityId = 'press-release';
	unknown.rules[1]!.reviewer = 'seat:ghost';
	const bad = await expectApiError(
		await api.put('/api/v1/policy', { data: { policy: unknown, version: 1 } }),
		400
	);
	expect(issuePaths(bad)).toEqual(['policy.rules[0].activityId', 'policy.rules[1].reviewer']);
	expect((await policyOf(api)).version).toBe(1);

	const big = await api.post('/api/v1/policy/check', {
		data: { text: 'word '.repeat(210_000), audienceId: 'mid-market-finance' }
	});
	await expectApiError(big, 413);
	// The server answers the 413 before reading the body and closes that connection: a new client.
	const fresh = await workspace.apiAs(workspace.admin);
	const binary = await fresh.post('/api/v1/policy/check', {
		multipart: {
			audienceId: 'mid-market-finance',
			file: {
				name: 'draft.txt',
				mimeType: 'text/plain',
				buffer: Buffer.from([0, 159, 146, 150, 0])
			}
		}
	});
	expect((await expectApiError(binary, 400)).error.message).toMatch(/draft\.txt is not UTF-8 text/);
	const ok = await fresh.post('/api/v1/policy/check', {
		data: { text: 'A calm, clear note about synergy.', audienceId: 'mid-market-finance' }
	});
	expect(ok.status()).toBe(200);
	expect(await ok.json()).toMatchObject({
		findings: [],
		readingLevel: { target: 10 },
		checklist: expect.any(Array)
	});

	const html = await fresh.put('/api/v1/brand/mid-market-finance', {
		data: { layer: { readingLevel: 9, pillars: ['<img src=x onerror=alert(1)>'] }, version: 1 }
	});
	expect(issuePaths(await expectApiError(html, 400))).toEqual(['layer.pillars[0]']);
	await expectApiError(await fresh.get('/api/v1/brand/nowhere'), 404);
	expect((await (await fresh.get('/api/v1/brand/mid-market-finance')).json()).version).toBe(1);
});

test('the guardrails screens pass axe at 1280 and 390 px without sideways scrolling', async ({
	page,
	signInAs,
	workspace
}) => {
	test.setTimeout(240_000);
	await signInAs('admin');
	const approved = await workspace.adminApi.post('/api/v1/policy/approve', {
		data: { version: 1, note: 'First version' }
	});
	expect(approved.status()).toBe(201);
	const put = await workspace.adminApi.put('/api/v1/brand/mid-market-finance', {
		data: {
			layer: { readingLevel: 9, pillars: ['Faster close'], phrasesToAvoid: ['synergy'] },
			version: 1
		}
	});
	expect(put.status()).toBe(200);
	const screens: [string, string, (p: Page) => Promise<void>][] = [
		[
			'editor',
			'/guardrails',
			async (p) => void (await p.getByText('Edit the rule for Blog post draft').click())
		],
		['document', '/guardrails/document', async () => undefined],
		['history', '/guardrails/history', async () => undefined],
		['brand', '/guardrails/brand/mid-market-finance', async () => undefined],
		[
			'check',
			'/guardrails/check',
			async (p) => {
				await p
					.getByLabel('Draft', { exact: true })
					.fill('We delve into synergy: the fastest close, 60% quicker.');
				await p.getByRole('button', { name: 'Check draft' }).click();
				await expect(p.getByRole('list', { name: 'Findings' })).toBeVisible();
			}
		]
	];
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		for (const [name, path, prepare] of screens) {
			await page.goto(path);
			await hydrated(page);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await prepare(page);
			await checkScreen(page, `guardrails-${name}-${width}`);
		}
	}
});
