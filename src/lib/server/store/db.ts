import { join } from 'node:path';
import { Low } from 'lowdb';
import { conflict } from '../errors';
import { ValidatedFile } from './file';
import { emptyStore, storeSchema, type StoreData } from './schema';

/**
 * The one store of a workspace: reads are plain, every write goes through `update`, which runs
 * on a private copy, validates the result, writes it atomically and only then makes it visible.
 * Updates are serialised, so concurrent writers in this process never lose each other's work.
 */
export class Store {
	readonly #db: Low<StoreData>;
	#queue: Promise<unknown> = Promise.resolve();

	private constructor(db: Low<StoreData>) {
		this.#db = db;
	}

	/** Opens (and validates) the file; a missing file is an empty store, created on first write. */
	static async open(path: string): Promise<Store> {
		const db = new Low(new ValidatedFile(path), emptyStore());
		await db.read();
		return new Store(db);
	}

	get data(): Readonly<StoreData> {
		return this.#db.data;
	}

	/** Applies `fn` to a copy; if it throws or the result is invalid, nothing changes. */
	update<R>(fn: (draft: StoreData) => R): Promise<R> {
		const run = this.#queue.then(() => this.#apply(fn));
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #apply<R>(fn: (draft: StoreData) => R): Promise<R> {
		const draft = structuredClone(this.#db.data);
		const result = fn(draft);
		const next = storeSchema.parse(draft);
		const previous = this.#db.data;
		this.#db.data = next;
		try {
			await this.#db.write();
		} catch (cause) {
			this.#db.data = previous;
			throw cause;
		}
		return result;
	}
}

/** Refuses a write that names a version other than the record's current one. */
export function expectVersion(record: { version: number }, expected: number, what: string): void {
	if (record.version !== expected) throw conflict(what, expected, record.version);
}

export const dataDir = () => process.env.DATA_DIR || 'data';
export const storePath = (dir = dataDir()) => join(dir, 'orgcraft.json');

let opened: { path: string; store: Promise<Store> } | undefined;

/** The process's store for DATA_DIR. A file that fails to load is retried on the next call. */
export function getStore(): Promise<Store> {
	const path = storePath();
	if (opened?.path === path) return opened.store;
	const store = Store.open(path);
	opened = { path, store };
	store.catch(() => {
		if (opened?.store === store) opened = undefined;
	});
	return store;
}
