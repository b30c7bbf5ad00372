// npm run bench -- --only store: median time of a one-field scenario save through the app's save
// path (scenarios.update) with 10, 200 and 1,000 scenarios of 5 revisions each, on the embedded
// store and on PostgreSQL (a throwaway server, or BENCH_DATABASE_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startPostgres } from './postgres.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;

async function freshDatabase(server) {
	const admin = postgres(server, { max: 1, onnotice: () => undefined });
	const name = `bench_${Math.random().toString(36).slice(2, 10)}`;
	await admin.unsafe(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(server);
	url.pathname = `/${name}`;
	return url.toString();
}

export async function storeBench(load) {
	const { saveTimings } = await load('/src/lib/server/store/bench.ts');
	console.log(
		`Scenario save (one field, scenarios.update; median of 40; load average ${loadavg()[0].toFixed(1)})`
	);
	const sizes = [10, 200, 1_000];
	const pg = process.env.BENCH_DATABASE_URL ? null : await startPostgres();
	try {
		for (const engine of ['embedded', 'postgresql']) {
			const row = [];
			for (const n of sizes) {
				const dir = mkdtempSync(join(tmpdir(), 'orgcraft-bench-store-'));
				process.env.DATA_DIR = dir;
				if (engine === 'postgresql')
					process.env.DATABASE_URL = await freshDatabase(process.env.BENCH_DATABASE_URL ?? pg.url);
				else delete process.env.DATABASE_URL;
				const times = await saveTimings(n);
				row.push(
					`${n.toLocaleString('en-US').padStart(5)} scenarios ${ms(median(times)).padStart(8)}`
				);
				rmSync(dir, { recursive: true, force: true });
			}
			console.log(`  ${engine.padEnd(10)} ${row.join('   ')}`);
		}
	} finally {
		delete process.env.DATABASE_URL;
		pg?.stop();
	}
}
