import { open as openFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { collections, logs } from './collections';
import { DurableJsonFile, parseFile, removeDurably, writeDurably } from './durable';
import type { CollectionName, LogName } from './types';

/**
 * The embedded store's files under DATA_DIR/store: where each collection and log lives and how it
 * is read back, and the write-ahead log's line format with its replay on open.
 */

const commitSchema = z.strictObject({
	ops: z.array(z.strictObject({ path: z.string().min(1), text: z.string().nullable() }))
});
/** One file change of a commit: `text` replaces the file at `path` (relative), null removes it. */
export type Op = z.infer<typeof commitSchema>['ops'][number];

export type Records = Map<string, { version: number }>;
export type LogEntries = { seq: number; entry: unknown }[];

/** The file name of a log entry: its sequence number, zero-padded so names sort in order. */
export const logFile = (seq: number) => `${String(seq).padStart(10, '0')}.json`;

/** The .json file names in `dir`, sorted; none when it does not exist. */
async function listJson(dir: string): Promise<string[]> {
	try {
		return (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw err;
	}
}

/** Reads a collection under `dir`: one file of all records, or one file per record. */
export async function readRecords(dir: string, name: CollectionName): Promise<Records> {
	const { schema, layout, file } = collections[name];
	if (layout === 'file') {
		const low = new Low(
			new DurableJsonFile(join(dir, `${file}.json`), z.record(z.string(), schema)),
			{}
		);
		await low.read();
		return new Map(Object.entries(low.data) as [string, { version: number }][]);
	}
	const records: Records = new Map();
	for (const name of await listJson(join(dir, file))) {
		const path = join(dir, file, name);
		records.set(
			name.slice(0, -5),
			parseFile(path, await readFile(path, 'utf8'), schema as z.ZodType<{ version: number }>)
		);
	}
	return records;
}

/** Reads the entries of one log key under `dir`, one file per entry, oldest first. */
export async function readLog(dir: string, log: LogName, key: string): Promise<LogEntries> {
	const folder = join(dir, logs[log].file, key);
	const entries: LogEntries = [];
	for (const name of await listJson(folder)) {
		const path = join(folder, name);
		const entry = parseFile(path, await readFile(path, 'utf8'), logs[log].schema as z.ZodType);
		entries.push({ seq: Number(name.slice(0, -5)), entry });
	}
	return entries;
}

/** Applies every commit `dir`/wal.jsonl holds (each was made durable before it was shown), durably. */
export async function replayWal(dir: string): Promise<void> {
	const path = join(dir, 'wal.jsonl');
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
		throw err;
	}
	// After the last newline: nothing, or a write cut short by a crash that was never acknowledged.
	const lines = text.split('\n').slice(0, -1);
	for (const [i, line] of lines.entries()) {
		const commit = parseFile(`${path} (line ${i + 1})`, line, commitSchema);
		for (const op of commit.ops) {
			const target = join(dir, op.path);
			if (op.text === null) await removeDurably(target, true);
			else await writeDurably(target, op.text);
		}
	}
	const wal = await openFile(path, 'r+');
	try {
		await wal.truncate(0);
		await wal.sync();
	} finally {
		await wal.close();
	}
}
