import { join } from 'node:path';
import { conflict } from '../errors';
import { EmbeddedEngine } from './engine/embedded';
import { PostgresEngine } from './engine/postgres';
import type { Engine, Tx } from './engine/types';

export type { Tx } from './engine/types';
export { StoreFileError } from './engine/durable';

/** Refuses a write that names a version other than the record's current one. */
export function expectVersion(record: { version: number }, expected: number, what: string): void {
	if (record.version !== expected) throw conflict(what, expected, record.version);
}

export const dataDir = () => process.env.DATA_DIR || 'data';
export const storeDir = (dir = dataDir()) => join(dir, 'store');
const databaseUrl = () => process.env.DATABASE_URL || undefined;

/** Where the store lives, as a person would name it (no password). */
export function storeLabel(): string {
	const url = databaseUrl();
	if (!url) return storeDir();
	try {
		const { hostname, port, pathname } = new URL(url);
		return `PostgreSQL at ${hostname || 'localhost'}:${port || 5432}${pathname}`;
	} catch {
		return 'PostgreSQL (DATABASE_URL)';
	}
}

const opened = new Map<string, Promise<Engine>>();

/**
 * The process's store: PostgreSQL when DATABASE_URL is set, else the embedded files in DATA_DIR.
 * An embedded store that fails to open (a damaged file) is retried on the next call.
 */
export function engine(): Promise<Engine> {
	const url = databaseUrl();
	const key = url ?? `file:${dataDir()}`;
	const found = opened.get(key);
	if (found) return found;
	const opening = url ? PostgresEngine.open(url) : EmbeddedEngine.open(dataDir());
	opened.set(key, opening);
	opening.catch(() => {
		if (opened.get(key) === opening) opened.delete(key);
	});
	return opening;
}

/** Runs `fn` on the committed state. */
export const read = async <R>(fn: (tx: Tx) => Promise<R>): Promise<R> => (await engine()).read(fn);

/** Runs `fn` as one action: all of its writes land together or none do. */
export const write = async <R>(fn: (tx: Tx) => Promise<R>): Promise<R> =>
	(await engine()).write(fn);

/** Closes every store this process opened (tests and the CLI). */
export async function closeAll(): Promise<void> {
	const engines = [...opened.values()];
	opened.clear();
	await Promise.all(engines.map(async (e) => (await e.catch(() => null))?.close()));
}
