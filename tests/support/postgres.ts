import postgres from 'postgres';

/** The PostgreSQL server of this run (global setup starts one unless npm test gave it). */
export function serverUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url)
		throw new Error('TEST_DATABASE_URL is not set; tests/global-setup.ts starts PostgreSQL');
	return url;
}

/** A new empty database on the test server, for one test; returns its URL. */
export async function freshDatabase(): Promise<string> {
	const admin = postgres(serverUrl(), { max: 1, onnotice: () => undefined });
	const name = `e2e_${Math.random().toString(36).slice(2, 12)}`;
	try {
		await admin.unsafe(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(serverUrl());
	url.pathname = `/${name}`;
	return url.toString();
}
