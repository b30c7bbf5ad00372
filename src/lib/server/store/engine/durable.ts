import { mkdir, open, readFile, rename, rmdir, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { zodIssues } from '../../../domain/shared/issues';

/** A store file cannot be used as it stands; the message names the file and the field. */
export class StoreFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoreFileError';
	}
}

let written = 0;

async function syncDir(dir: string): Promise<void> {
	const handle = await open(dir, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/** Makes `dir` and its missing parents, each made durable in its own parent. */
async function ensureDir(dir: string): Promise<void> {
	const made = await mkdir(dir, { recursive: true });
	if (made === undefined) return;
	for (let at = dir; at.length >= made.length; at = dirname(at)) await syncDir(dirname(at));
}

/**
 * Replaces `path` with `text` so that a crash leaves either the old or the new file: a temp file
 * written and fsynced, renamed over the target, then the folder fsynced. Only then is it done.
 */
export async function writeDurably(path: string, text: string): Promise<void> {
	await ensureDir(dirname(path));
	const temp = `${path}.${process.pid}-${++written}.tmp`;
	const handle = await open(temp, 'w');
	try {
		await handle.writeFile(text);
		await handle.sync();
	} finally {
		await handle.close();
	}
	await rename(temp, path);
	await syncDir(dirname(path));
}

/** Removes `path` (if there) durably; with `pruneDir`, also its folder once empty. */
export async function removeDurably(path: string, pruneDir = false): Promise<void> {
	try {
		await unlink(path);
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
	}
	if (pruneDir) {
		try {
			await rmdir(dirname(path));
			await syncDir(dirname(dirname(path)));
			return;
		} catch {
			// not empty or already gone: keep it
		}
	}
	await syncDir(dirname(path)).catch(() => undefined);
}

/** Parses `text` as JSON and then with `schema`, or explains what is wrong, naming `path`. */
export function parseFile<T>(path: string, text: string, schema: z.ZodType<T>): T {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (cause) {
		throw new StoreFileError(`${path}: not valid JSON (${(cause as Error).message})`);
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const [first, ...rest] = zodIssues(parsed.error);
	const more =
		rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
	throw new StoreFileError(`${path}: ${first?.path || '(top level)'}: ${first?.message}${more}`);
}

/**
 * A lowdb adapter for one JSON file checked by a schema on read and written durably. A file that
 * does not parse is refused by path, and since nothing is written until it reads, never replaced.
 */
export class DurableJsonFile<T> implements Adapter<T> {
	constructor(
		readonly path: string,
		readonly schema: z.ZodType<T>
	) {}

	async read(): Promise<T | null> {
		let text: string;
		try {
			text = await readFile(this.path, 'utf8');
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw err;
		}
		return parseFile(this.path, text, this.schema);
	}

	async write(data: T): Promise<void> {
		await writeDurably(this.path, JSON.stringify(data) + '\n');
	}
}

/** Replaces `path` through a temp file and rename, without fsync: the write-ahead log covers it. */
export async function writeFile(path: string, text: string): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const temp = `${path}.${process.pid}-${++written}.tmp`;
	const handle = await open(temp, 'w');
	try {
		await handle.writeFile(text);
	} finally {
		await handle.close();
	}
	await rename(temp, path);
}

/** Removes `path` if there, and its folder once empty; the write-ahead log covers it. */
export async function removeFile(path: string): Promise<void> {
	try {
		await unlink(path);
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
	}
	await rmdir(dirname(path)).catch(() => undefined);
}

/** Fsyncs each file that still exists and every folder on the way to each of them. */
export async function syncPaths(paths: string[]): Promise<void> {
	const dirs = new Set<string>();
	for (const path of paths) {
		try {
			const handle = await open(path, 'r');
			try {
				await handle.sync();
			} finally {
				await handle.close();
			}
		} catch (err) {
			if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
		}
		for (let dir = dirname(path), i = 0; i < 3; dir = dirname(dir), i++) dirs.add(dir);
	}
	for (const dir of dirs) await syncDir(dir).catch(() => undefined);
}
