import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Role } from '../../src/lib/domain/access/schema';
import { startServer, type AppServer } from './server';

export interface Account {
	name: string;
	email: string;
	password: string;
	role: Role;
}

export const adminAccount: Account = {
	name: 'Ada Admin',
	email: 'ada@example.test',
	password: 'a long admin passphrase',
	role: 'admin'
};

export interface Workspace {
	admin: Account;
	/** An API client signed in as the admin (session cookie). */
	adminApi: APIRequestContext;
	/** Invites a member with this role through the API and lets them choose a password. */
	addMember(role: Role): Promise<Account>;
	/** A fresh API client signed in as `account`. */
	apiAs(account: Account): Promise<APIRequestContext>;
}

interface Fixtures {
	app: AppServer;
	workspace: Workspace;
	signInAs(role: Role): Promise<Account>;
}

/**
 * Waits until SvelteKit has hydrated the page: its router sets `history.scrollRestoration` to
 * 'manual' once hydration is done. Fill forms after this: hydration currently clears inputs
 * typed into before it (see forms.spec.ts), which made sign-ins flaky on a busy machine.
 */
export async function hydrated(page: Page) {
	await page.waitForFunction(() => history.scrollRestoration === 'manual');
}

/** Signs the page in through the sign-in form, as a user would. */
export async function signIn(page: Page, account: Account) {
	await page.goto('/signin');
	await hydrated(page);
	await page.getByLabel('Email').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible();
}

export const test = base.extend<Fixtures>({
	// Every test gets its own server and empty data folder: nothing leaks between tests.
	// eslint-disable-next-line no-empty-pattern
	app: async ({}, use) => {
		const app = await startServer();
		await use(app);
		await app.stop();
	},
	baseURL: async ({ app }, use) => use(app.url),
	workspace: async ({ app, playwright }, use) => {
		const clients: APIRequestContext[] = [];
		const apiAs = async (account: Account) => {
			const client = await playwright.request.newContext({ baseURL: app.url });
			clients.push(client);
			const session = await client.post('/api/v1/session', {
				data: { email: account.email, password: account.password }
			});
			expect(session.status()).toBe(200);
			return client;
		};
		const setup = await fetch(`${app.url}/api/v1/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				workspace: 'Quillstone',
				name: adminAccount.name,
				email: adminAccount.email,
				password: adminAccount.password,
				demo: true
			})
		});
		expect(setup.status).toBe(201);
		const adminApi = await apiAs(adminAccount);
		let count = 0;
		const addMember = async (role: Role): Promise<Account> => {
			count += 1;
			const account: Account = {
				name: `${role[0]!.toUpperCase()}${role.slice(1)} ${count}`,
				email: `${role}${count}@example.test`,
				password: `${role} passphrase ${count}!`,
				role
			};
			const invited = await adminApi.post('/api/v1/members', {
				data: { name: account.name, email: account.email, role }
			});
			expect(invited.status()).toBe(201);
			const { inviteToken } = await invited.json();
			const accepted = await adminApi.post(`/api/v1/invites/${inviteToken}`, {
				data: { password: account.password }
			});
			expect(accepted.status()).toBe(201);
			return account;
		};
		await use({ admin: adminAccount, adminApi, addMember, apiAs });
		await Promise.all(clients.map((c) => c.dispose()));
	},
	signInAs: async ({ page, workspace }, use) => {
		await use(async (role) => {
			const account = role === 'admin' ? workspace.admin : await workspace.addMember(role);
			await signIn(page, account);
			return account;
		});
	}
});

export { expect };
