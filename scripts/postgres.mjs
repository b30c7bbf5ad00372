// A throwaway PostgreSQL server for the tests: Debian's postgresql 15 (installed with apt when
// missing), a new cluster in a temp folder, password auth, 127.0.0.1 and a private port only.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.POSTGRES_BIN || '/usr/lib/postgresql/15/bin';
const PASSWORD = 'orgcraft-test';

/** @param {string[]} args */
function apt(args) {
	const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
	const [command, ...rest] = [...sudo, 'apt-get', ...args];
	return spawnSync(/** @type {string} */ (command), rest, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

/** Installs Debian's postgresql package when its binaries are missing. */
export function ensurePostgres() {
	if (existsSync(join(BIN, 'initdb'))) return;
	console.log('\nPostgreSQL is missing: installing Debian’s postgresql package with apt…');
	if (apt(['install', '-y', 'postgresql']).status !== 0) {
		apt(['update']);
		apt(['install', '-y', 'postgresql']);
	}
	if (!existsSync(join(BIN, 'initdb')))
		throw new Error(`PostgreSQL did not install: no ${BIN}/initdb`);
}

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** Runs a server tool as the postgres user when we are root (initdb refuses root). */
/**
 * @param {string} name
 * @param {string[]} args
 */
function tool(name, args) {
	const asRoot = process.getuid?.() === 0;
	const quoted = [join(BIN, name), ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
	const result = asRoot
		? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { encoding: 'utf8' })
		: spawnSync(join(BIN, name), args, { encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`${name} failed (${result.status}): ${result.stderr || result.stdout}`);
	return result.stdout;
}

/**
 * Starts a new cluster and returns `{ url, stop }`; `url` has the superuser's password and the
 * `postgres` database. `stop` shuts the server down and removes its folder; call it whatever happens.
 */
/** @returns {Promise<{ url: string, port: number, stop: () => void }>} */
export async function startPostgres() {
	ensurePostgres();
	const dir = mkdtempSync(join(tmpdir(), 'orgcraft-pg-'));
	chmodSync(dir, 0o777);
	const data = join(dir, 'data');
	const pwfile = join(dir, 'pw');
	writeFileSync(pwfile, PASSWORD + '\n', { mode: 0o644 });
	const port = await freePort();
	let started = false;
	const stop = () => {
		if (started) {
			try {
				tool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
			} catch (err) {
				console.error(String(err));
			}
			started = false;
		}
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		tool('initdb', [
			'-D',
			data,
			'-A',
			'scram-sha-256',
			'-U',
			'postgres',
			'--pwfile',
			pwfile,
			'-E',
			'UTF8',
			'--no-sync'
		]);
		started = true;
		tool('pg_ctl', [
			'-D',
			data,
			'-o',
			`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200`,
			'-l',
			join(dir, 'log'),
			'-w',
			'start'
		]);
	} catch (err) {
		stop();
		throw err;
	}
	return { url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`, port, stop };
}
