import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppServer {
	url: string;
	dataDir: string;
	/** The app's process id (crash tests kill it). */
	pid: number;
	/** Everything the process printed so far. */
	output(): string;
	/** Stops the server and removes its data folder. */
	stop(): Promise<void>;
	/** Stops the server and leaves the data folder, to start another server on it. */
	stopKeepingData(): Promise<void>;
	/** Kills the server with SIGKILL, as a crash would, leaving the data folder. */
	crash(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
		try {
			// 503 is an answer too: the app is up and reports a store it cannot use.
			const response = await fetch(`${url}/api/v1/health`);
			if (response.status === 200 || response.status === 503) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`server did not answer /api/v1/health within 60 s:\n${log()}`);
}

export interface ServerOptions {
	/** Serve from PostgreSQL instead of the embedded store in DATA_DIR. */
	databaseUrl?: string;
	/** Extra environment for the app process. */
	env?: Record<string, string>;
}

/** Serves the production build on a free port with its own empty DATA_DIR (or on PostgreSQL). */
export async function startServer(
	dataDir = mkdtempSync(join(tmpdir(), 'orgcraft-e2e-')),
	options: ServerOptions = {}
): Promise<AppServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child = spawn(process.execPath, ['build/index.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATA_DIR: dataDir,
			DATABASE_URL: options.databaseUrl ?? '',
			// A test's API client may sit idle while its page works; with Node's 5 s default the
			// server can close a kept-alive socket just as the client reuses it (ECONNRESET).
			KEEP_ALIVE_TIMEOUT: '120',
			HEADERS_TIMEOUT: '125',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	try {
		await waitForHealth(url, child, () => output);
	} catch (err) {
		child.kill('SIGTERM'); // never leave a server behind when it did not come up
		throw err;
	}
	const halt = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		child.kill('SIGTERM');
		await exited;
	};
	return {
		url,
		dataDir,
		pid: child.pid!,
		output: () => output,
		stop: async () => {
			await halt();
			rmSync(dataDir, { recursive: true, force: true });
		},
		stopKeepingData: halt,
		crash: async () => {
			child.kill('SIGKILL');
			await exited;
		}
	};
}
