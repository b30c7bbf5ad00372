import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	// The plugin timing report is about the bundler, not the app; on 2 cores it is always printed.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		// The store's contract suites run on PostgreSQL too: a throwaway server unless one is given.
		globalSetup: ['scripts/vitest-postgres.mjs'],
		hookTimeout: 120_000,
		// CPU-heavy checks (queueing theory, 10,000-seat layouts) take seconds on a loaded 2-core
		// machine; a slow machine is not a failure, so the limit is generous.
		testTimeout: 60_000
	}
});
