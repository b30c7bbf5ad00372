import { createServer } from 'node:net';

/** A postgres:// URL on a local port where nothing listens. */
export function freePortUrl(): Promise<string> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 1;
			server.close(() => resolve(`postgres://orgcraft:secret@127.0.0.1:${port}/orgcraft`));
		});
	});
}
