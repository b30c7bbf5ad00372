// npm run bench: chart layout timings in Node, the simulation engine (M/M/1 against simjs, then
// generated orgs), then first render and pan frames of the chart in headless Chromium (no GPU)
// against the production build. A benchmark, not a test: it prints.
// One part alone: npm run bench -- --only simulation (or layout, chart, import, store, preview), or ORGCRAFT_BENCH_ONLY.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { editorBench } from './bench-editor.mjs';
import { importBench } from './bench-import.mjs';
import { simulationBench } from './bench-simulation.mjs';
import { storeBench } from './bench-store.mjs';
import { templatePreviewBench } from './bench-template-preview.mjs';

const root = resolve(import.meta.dirname, '..');

// The app's TypeScript extends .svelte-kit/tsconfig.json, which a fresh clone does not have yet.
const synced = spawnSync(join(root, 'node_modules/.bin/svelte-kit'), ['sync'], {
	cwd: root,
	stdio: 'inherit'
});
if (synced.status !== 0) process.exit(synced.status ?? 1);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
const seats = (n) => n.toLocaleString('en-US');

/** TypeScript modules of the app, compiled on the fly by Vite (no extra dependency). */
async function load(path) {
	const config = {
		root,
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: join(root, 'src/lib') } }
	};
	return (await runnerImport(path, config)).module;
}

async function layoutBench() {
	const { layoutChart } = await load('/src/lib/domain/scenario/layout.ts');
	const { generateOrg } = await load('/src/routes/bench/chart/generate.ts');
	console.log('Layout in Node (layoutChart, compact "auto"; median of 15 runs after 5 warm-ups)');
	for (const n of [100, 1_000, 10_000]) {
		const org = generateOrg(n, 42).seats;
		const times = [];
		for (let i = 0; i < 20; i++) {
			const start = performance.now();
			layoutChart(org);
			if (i >= 5) times.push(performance.now() - start);
		}
		console.log(`  ${seats(n).padStart(6)} seats  ${ms(median(times)).padStart(8)}`);
	}
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

async function startServer(dataDir) {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		DATA_DIR: dataDir,
		ORGCRAFT_BENCH: '1',
		BODY_SIZE_LIMIT: '10M'
	};
	const child = spawn(process.execPath, ['build/index.js'], { cwd: root, env, stdio: 'ignore' });
	for (let i = 0; i < 150; i++) {
		if (
			await fetch(`${url}/api/v1/health`).then(
				(r) => r.ok,
				() => false
			)
		)
			return { url, child };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error('the production server did not answer /api/v1/health within 15 s');
}

/** A fresh workspace and a signed-in session cookie, through the public API. */
async function signIn(url) {
	const account = { email: 'bench@example.test', password: 'bench passphrase, not secret' };
	const headers = { 'content-type': 'application/json', origin: url };
	const body = JSON.stringify({ workspace: 'Bench', name: 'Bench', ...account, demo: false });
	const setup = await fetch(`${url}/api/v1/setup`, { method: 'POST', headers, body });
	if (setup.status !== 201)
		throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
	const session = await fetch(`${url}/api/v1/session`, {
		method: 'POST',
		headers,
		body: JSON.stringify(account)
	});
	const cookie = session.headers.get('set-cookie')?.split(';')[0];
	if (!session.ok || !cookie) throw new Error(`sign-in answered ${session.status}`);
	const [name, value] = cookie.split('=');
	return { name, value, url };
}

async function panStats(page) {
	const frames = await page.evaluate(() => window.bench.pan(90));
	const flushed = await page.evaluate(() => window.bench.pan(60, true));
	const gap = median(frames.gaps);
	return `${ms(gap)} (${Math.round(1000 / gap)} fps), work ${ms(median(flushed.work))}`;
}

async function browserBench() {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		console.log('\nBuilding (vite build)…');
		const built = spawnSync(
			join(root, 'node_modules/.bin/vite'),
			['build', '--logLevel', 'error'],
			{ cwd: root, stdio: 'inherit' }
		);
		if (built.status !== 0) throw new Error('vite build failed');
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'orgcraft-bench-'));
	const { url, child } = await startServer(dataDir);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	try {
		const context = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			reducedMotion: 'reduce'
		});
		const session = await signIn(url);
		await context.addCookies([session]);
		const { generateOrg } = await load('/src/routes/bench/chart/generate.ts');
		await editorBench({ context, session, generateOrg, root });
		if (process.env.BENCH_EDITOR_ONLY === '1') return;
		const page = await context.newPage();
		console.log('\nChart in headless Chromium, no GPU, 1280×800 (canvas renderer past 400 seats)');
		console.log('  first render: mount to first painted frame, median of 3 loads');
		console.log('  (the accessible outline of a canvas chart then fills in idle chunks)');
		console.log(
			'  pan: median time between frames while dragging, and work per frame (draw + raster)'
		);
		for (const n of [1_000, 10_000]) {
			const [renders, outlines] = [[], []];
			for (let i = 0; i < 3; i++) {
				await page.goto(`${url}/bench/chart?n=${n}`);
				await page.waitForFunction(() => 'bench' in window, null, { timeout: 60_000 });
				renders.push(await page.evaluate(() => window.bench.renderMs));
				outlines.push(await page.evaluate(() => window.bench.outlineMs));
			}
			const atFit = await panStats(page);
			await page.evaluate(() => window.bench.centerOn(window.bench.root));
			await page.waitForTimeout(200);
			const atFull = await panStats(page);
			console.log(
				`  ${seats(n).padStart(6)} seats  first render ${ms(median(renders))} (hidden outline complete at ${ms(median(outlines))})`
			);
			console.log(`                pan, whole chart in view: ${atFit}`);
			console.log(`                pan at 100 %:             ${atFull}`);
		}
	} finally {
		await browser.close();
		child.kill();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

const parts = {
	layout: layoutBench,
	simulation: () => simulationBench(load, root),
	import: () => importBench(load),
	chart: browserBench,
	store: () => storeBench(load),
	preview: () => templatePreviewBench(load)
};

/** `--only <part>`, `--only=<part>` or ORGCRAFT_BENCH_ONLY=<part>; comma-separated; default all. */
function selectedParts() {
	const args = process.argv.slice(2);
	const at = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
	const flag = at < 0 ? undefined : args[at].includes('=') ? args[at].slice(7) : args[at + 1];
	const only = flag ?? process.env.ORGCRAFT_BENCH_ONLY;
	if (!only) return Object.keys(parts);
	const names = only.split(',').map((n) => n.trim());
	const unknown = names.filter((n) => !(n in parts));
	if (unknown.length > 0) {
		console.error(`unknown bench part "${unknown[0]}"; expected ${Object.keys(parts).join(', ')}`);
		process.exit(2);
	}
	return names;
}

for (const name of selectedParts()) await parts[name]();
