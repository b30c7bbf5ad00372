// npm test: every suite in turn (type check, lint, unit, end-to-end), then one line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startPostgres } from './postgres.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'orgcraft-test-'));
const totals = { passed: 0, failed: 0 };

function run(label, command, args, env = {}) {
	console.log(`\n── ${label} ──`);
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status === 0;
}

/** A gate (type check, lint) counts as one check that passes or fails. */
function gate(label, command, args) {
	const ok = run(label, command, args);
	totals[ok ? 'passed' : 'failed'] += 1;
}

/** Adds a runner's JSON totals; a run that failed without failing a test (a crash) counts as one failure. */
function count(report, ok, read) {
	const [passed, failed] = existsSync(report)
		? read(JSON.parse(readFileSync(report, 'utf8')))
		: [0, 0];
	totals.passed += passed;
	totals.failed += failed + (!ok && failed === 0 ? 1 : 0);
}

function ensureChromium() {
	const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (existsSync(path)) return;
	console.log('\nChromium is missing: installing Debian’s chromium package with apt…');
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	const apt = (args) =>
		spawnSync(
			sudo[0] ?? 'apt-get',
			[...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args],
			{ stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }
		);
	if (apt(['install', '-y', 'chromium']).status !== 0) {
		apt(['update']);
		apt(['install', '-y', 'chromium']);
	}
}

// One throwaway PostgreSQL for the whole run: the contract suites and the multi-process tests use
// it through TEST_DATABASE_URL. It is stopped at the end, whatever happens.
const postgres = await startPostgres();
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		postgres.stop();
		process.exit(130);
	});
process.on('exit', () => postgres.stop());
process.env.TEST_DATABASE_URL = postgres.url;

run('svelte-kit sync', bin('svelte-kit'), ['sync']);
gate('svelte-check --fail-on-warnings', bin('svelte-check'), [
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
gate('prettier --check', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
gate('eslint --max-warnings 0', bin('eslint'), ['.', '--max-warnings', '0']);

const unitReport = join(reports, 'vitest.json');
const unitOk = run('unit tests (vitest)', bin('vitest'), [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${unitReport}`
]);
count(unitReport, unitOk, (r) => [r.numPassedTests, r.numFailedTests]);

ensureChromium();
const e2eReport = join(reports, 'playwright.json');
const e2eOk = run('end-to-end tests (Playwright, Debian Chromium)', bin('playwright'), ['test'], {
	PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport
});
count(e2eReport, e2eOk, ({ stats }) => [stats.expected + stats.flaky, stats.unexpected]);

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
