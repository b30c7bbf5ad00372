import { createServer, request, type Server } from 'node:http';

export interface Proxy {
	url: string;
	/** The app servers requests go to, in turn. */
	targets: string[];
	close(): Promise<void>;
}

/** A round-robin HTTP proxy on 127.0.0.1: each request goes to the next target. */
export async function startProxy(): Promise<Proxy> {
	const targets: string[] = [];
	let next = 0;
	const server: Server = createServer((incoming, outgoing) => {
		const target = new URL(targets[next++ % targets.length]!);
		const forward = request(
			{
				host: target.hostname,
				port: target.port,
				method: incoming.method,
				path: incoming.url,
				headers: incoming.headers
			},
			(answer) => {
				outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(outgoing);
			}
		);
		forward.on('error', () => {
			if (!outgoing.headersSent) outgoing.writeHead(502);
			outgoing.end();
		});
		incoming.pipe(forward);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		targets,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
