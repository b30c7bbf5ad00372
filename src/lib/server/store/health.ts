import { closeAll, engine, storeLabel } from './db';

export type StoreHealth =
	| { status: 'ok'; store: 'embedded' | 'postgresql' }
	| { status: 'unavailable'; store: string; message: string };

/** Whether the store answers now: opened, and for PostgreSQL a query returns. */
export async function check(): Promise<StoreHealth> {
	try {
		const store = await engine();
		await store.ping();
		return { status: 'ok', store: store.kind };
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		return { status: 'unavailable', store: storeLabel(), message };
	}
}

/** Opens the store (PostgreSQL: connects and migrates); rejects with why it cannot be used. */
export async function open(): Promise<void> {
	await engine();
}

/** Closes the store when the app shuts down (PostgreSQL connections, the embedded log). */
export async function close(): Promise<void> {
	await closeAll();
}

export { StoreFileError } from './engine/durable';
export { StoreUnavailableError } from './engine/postgres';
