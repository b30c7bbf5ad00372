// npm start: build when the sources are newer than the build, then serve with the embedded store.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const sources = [
	'src',
	'content',
	'models',
	'static',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts'
];

/** Newest modification time (ms) under a file or folder. */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const buildStamp = join(root, 'build', 'handler.js');
if (
	!existsSync(buildStamp) ||
	Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(buildStamp).mtimeMs
) {
	console.log('Building Orgcraft (first start or sources changed)…');
	const built = spawnSync(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
		{ cwd: root, stdio: 'inherit' }
	);
	if (built.status !== 0) process.exit(built.status ?? 1);
}

const port = process.env.PORT || '3000';
const host = process.env.HOST || '127.0.0.1';
const dataDir = resolve(root, process.env.DATA_DIR || 'data');
const origin = process.env.ORIGIN || `http://localhost:${port}`;
mkdirSync(dataDir, { recursive: true });

const server = spawn(process.execPath, [join(root, 'build', 'index.js')], {
	cwd: root,
	stdio: ['inherit', 'pipe', 'inherit'],
	env: {
		...process.env,
		PORT: port,
		HOST: host,
		ORIGIN: origin,
		DATA_DIR: dataDir
	}
});
server.stdout.once('data', () => {
	console.log(`\nOrgcraft is running at ${origin}  (data: ${join(dataDir, 'orgcraft.json')})`);
	console.log(
		`Open ${origin} in your browser. On a new data folder it asks you to set up the workspace and`
	);
	console.log(
		'its first admin (tick "demo scenarios" for something to explore). Stop with Ctrl+C.\n'
	);
	server.stdout.pipe(process.stdout);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
