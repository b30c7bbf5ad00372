import { existsSync } from 'node:fs';
import { mkdir, open as openFile, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { idSchema } from '../../../domain/scenario/schema';
import { SCHEMA_VERSION } from '../schema';
import { collectionNames, collections, logNames, logs } from './collections';
import { DurableJsonFile, removeFile, StoreFileError, syncPaths, writeFile } from './durable';
import {
	logFile,
	readLog,
	readRecords,
	replayWal,
	type LogEntries,
	type Op,
	type Records
} from './embedded-files';
import { byKey, EmbeddedTx } from './embedded-tx';
import { importLegacyFile } from './legacy';
import {
	fill,
	type CollectionName,
	type Engine,
	type LogName,
	type StoreContents,
	type Tx
} from './types';

const metaSchema = z.strictObject({ schemaVersion: z.number().int().min(5) });

/** The write-ahead log is folded into the files after this many commits or bytes. */
const CHECKPOINT_COMMITS = 500;
const CHECKPOINT_BYTES = 32 * 1024 * 1024;

/**
 * The embedded store: lowdb-style JSON files under DATA_DIR/store, one per small collection and
 * one per large record (scenarios, conversations, assessments), revisions and events appended one
 * file per entry. The whole state is held in memory; writes are serialised in this process.
 *
 * Durable before visible: each action's changed files are first appended, whole, as one line to
 * wal.jsonl and fdatasynced; only then are the files replaced (temp file and rename) and the change
 * shown. A checkpoint fsyncs the files and folders written since the last one and empties the log;
 * on open, the log is replayed (temp file, fsync, rename, folder fsync), so a crash or power loss
 * after an acknowledged write loses nothing. A torn last line is an unacknowledged write: dropped.
 */
export class EmbeddedEngine implements Engine {
	readonly kind = 'embedded';
	readonly #dir: string;
	readonly #records = new Map<CollectionName, Records>();
	readonly #logs = new Map<string, LogEntries>();
	#queue: Promise<unknown> = Promise.resolve();
	#wal: FileHandle | undefined;
	readonly #dirty = new Set<string>();
	#walCommits = 0;
	#walBytes = 0;

	private constructor(dir: string) {
		this.#dir = dir;
	}

	/** Opens DATA_DIR's store: replays an unfinished commit, or moves a schema 4 file on first start. */
	static async open(dataDir: string): Promise<EmbeddedEngine> {
		const engine = new EmbeddedEngine(join(dataDir, 'store'));
		const meta = new Low(new DurableJsonFile(engine.#path('meta.json'), metaSchema), {
			schemaVersion: SCHEMA_VERSION
		});
		await meta.read();
		if (!existsSync(engine.#path('meta.json'))) {
			const legacy = join(dataDir, 'orgcraft.json');
			if (existsSync(legacy)) await engine.#writeAll(await importLegacyFile(legacy));
			await meta.write();
		}
		if (meta.data.schemaVersion > SCHEMA_VERSION)
			throw new StoreFileError(
				`${engine.#path('meta.json')}: schemaVersion: ${meta.data.schemaVersion} was written by a newer Orgcraft (this one reads up to ${SCHEMA_VERSION}); upgrade Orgcraft`
			);
		await replayWal(engine.#dir);
		for (const name of collectionNames)
			engine.#records.set(name, await readRecords(engine.#dir, name));
		await mkdir(engine.#dir, { recursive: true });
		engine.#wal = await openFile(engine.#path('wal.jsonl'), 'a');
		return engine;
	}

	#path(...parts: string[]) {
		return join(this.#dir, ...parts);
	}

	async log(log: LogName, key: string): Promise<LogEntries> {
		const id = `${log}/${key}`;
		const cached = this.#logs.get(id);
		if (cached) return cached;
		const entries = await readLog(this.#dir, log, key);
		this.#logs.set(id, entries);
		return entries;
	}

	records(name: CollectionName): Records {
		return this.#records.get(name)!;
	}

	read<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
		return fn(new EmbeddedTx(this, false));
	}

	write<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
		const run = this.#queue.then(async () => {
			const tx = new EmbeddedTx(this, true);
			const result = await fn(tx);
			await this.#commit(tx);
			return result;
		});
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async dump(): Promise<StoreContents> {
		await this.#queue;
		const contents: StoreContents = { collections: {}, logs: {} };
		for (const name of collectionNames)
			contents.collections[name] = Object.fromEntries(byKey(this.records(name)));
		for (const log of logNames) {
			const keys = (await readdir(this.#path(logs[log].file)).catch(() => [] as string[])).sort();
			const byLogKey: Record<string, unknown[]> = {};
			for (const key of keys) {
				const entries = await this.log(log, key);
				if (entries.length > 0) byLogKey[key] = entries.map((e) => e.entry);
			}
			contents.logs[log] = byLogKey;
		}
		return contents;
	}

	async load(contents: StoreContents): Promise<void> {
		await this.write(async (tx) => {
			for (const name of collectionNames)
				if ((await tx.all(name)).length > 0)
					throw new StoreFileError(
						`${this.#dir}: holds data already (${name}); import only into an empty store`
					);
			for (const log of logNames)
				if ((await readdir(this.#path(logs[log].file)).catch(() => [])).length > 0)
					throw new StoreFileError(
						`${this.#dir}: holds data already (${log}); import only into an empty store`
					);
			await fill(tx, contents);
		});
	}

	async ping(): Promise<void> {}

	async close(): Promise<void> {
		const closing = this.#queue.then(() => this.#shut());
		this.#queue = closing.catch(() => undefined);
		await closing;
	}

	async #shut(): Promise<void> {
		await this.#checkpoint();
		await this.#wal?.close();
		this.#wal = undefined;
	}

	/** Logs the staged changes durably, writes their files, then shows them. */
	async #commit(tx: EmbeddedTx): Promise<void> {
		const ops: Op[] = [];
		const nextRecords = new Map<CollectionName, Records>();
		for (const [name, staged] of tx.staged) {
			const { schema, layout, file } = collections[name];
			const next = new Map(this.records(name));
			for (const [key, doc] of staged) {
				if (doc === null) next.delete(key);
				else next.set(key, schema.parse(doc) as { version: number });
				if (layout === 'split') {
					idSchema.parse(key);
					ops.push({
						path: `${file}/${key}.json`,
						text: doc === null ? null : JSON.stringify(next.get(key)) + '\n'
					});
				}
			}
			if (layout === 'file')
				ops.push({ path: `${file}.json`, text: JSON.stringify(Object.fromEntries(next)) + '\n' });
			nextRecords.set(name, next);
		}
		const nextLogs = new Map<string, LogEntries>();
		for (const [id, change] of tx.logChanges) {
			const [log, key] = id.split('/') as [LogName, string];
			idSchema.parse(key);
			const current = await this.log(log, key);
			let next = [...current];
			let seq = current.at(-1)?.seq ?? 0;
			for (const entry of change.appended) {
				const parsed = logs[log].schema.parse(entry);
				next.push({ seq: ++seq, entry: parsed });
				ops.push({
					path: `${logs[log].file}/${key}/${logFile(seq)}`,
					text: JSON.stringify(parsed) + '\n'
				});
			}
			if (change.keep !== undefined && next.length > change.keep) {
				const dropped = next.slice(0, next.length - change.keep);
				next = next.slice(next.length - change.keep);
				for (const { seq: gone } of dropped)
					ops.push({ path: `${logs[log].file}/${key}/${logFile(gone)}`, text: null });
			}
			nextLogs.set(id, next);
		}
		if (ops.length === 0) return;
		if (!this.#wal) throw new Error('the store is closed');
		const line = JSON.stringify({ ops }) + '\n';
		await this.#wal.write(line);
		await this.#wal.datasync();
		for (const op of ops) {
			const path = this.#path(op.path);
			if (op.text === null) await removeFile(path);
			else await writeFile(path, op.text);
			this.#dirty.add(path);
		}
		for (const [name, next] of nextRecords) this.#records.set(name, next);
		for (const [id, next] of nextLogs) this.#logs.set(id, next);
		this.#walCommits += 1;
		this.#walBytes += Buffer.byteLength(line);
		if (this.#walCommits >= CHECKPOINT_COMMITS || this.#walBytes >= CHECKPOINT_BYTES)
			await this.#checkpoint();
	}

	/** Makes the files written since the last checkpoint durable, then empties the log. */
	async #checkpoint(): Promise<void> {
		if (!this.#wal || this.#walCommits === 0) return;
		await syncPaths([...this.#dirty]);
		await this.#wal.truncate(0);
		await this.#wal.sync();
		this.#dirty.clear();
		this.#walCommits = 0;
		this.#walBytes = 0;
	}

	/** Fills an empty store with `data` in one commit (first start after schema 4). */
	async #writeAll(data: StoreContents): Promise<void> {
		await mkdir(this.#dir, { recursive: true });
		this.#wal = await openFile(this.#path('wal.jsonl'), 'a');
		const tx = new EmbeddedTx(this, true);
		for (const name of collectionNames) this.#records.set(name, new Map());
		await fill(tx, data);
		await this.#commit(tx);
		await this.#checkpoint();
		await this.#wal.close();
		this.#wal = undefined;
	}
}
