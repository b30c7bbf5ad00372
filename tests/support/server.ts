import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface AppServer {
	url: string;
	dataDir: string;
	/** Stops the server and removes its data folder. */
	stop(): Promise<void>;
	/** Stops the server and leaves the data folder, to start another server on it. */
	stopKeepingData(): Promise<void>;
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
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
		try {
			const response = await fetch(`${url}/api/v1/health`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`server did not answer /api/v1/health within 15 s:\n${log()}`);
}

/** Serves the production build on a free port with its own empty DATA_DIR. */
export async function startServer(
	dataDir = mkdtempSync(join(tmpdir(), 'orgcraft-e2e-'))
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
			DATA_DIR: dataDir
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	try {
		await waitForHealth(url, child, () => output);
	} catch (err) {
		child.kill('SIGTERM'); // never leave a server behind when it did not come up
		throw err;
	}
	const halt = async () => {
		if (child.exitCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	};
	return {
		url,
		dataDir,
		stop: async () => {
			await halt();
			rmSync(dataDir, { recursive: true, force: true });
		},
		stopKeepingData: halt
	};
}
