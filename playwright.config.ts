import { defineConfig } from '@playwright/test';

/** Debian's Chromium: browser downloads do not work on these machines (STACK.md). */
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	globalSetup: './tests/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	// Generous: the machine is shared and busy; each test starts its own server.
	timeout: 120_000,
	expect: { timeout: 30_000 },
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
	use: {
		browserName: 'chromium',
		headless: true,
		trace: 'off',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	}
});
