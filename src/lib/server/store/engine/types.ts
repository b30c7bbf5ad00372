import type { z } from 'zod';
import type { collections, logs } from './collections';

export type CollectionName = keyof typeof collections;
export type LogName = keyof typeof logs;
export type Doc<C extends CollectionName> = z.infer<(typeof collections)[C]['schema']>;
export type Entry<L extends LogName> = z.infer<(typeof logs)[L]['schema']>;

/**
 * What a repository sees of the store inside one action. Records are versioned JSON documents
 * in named collections; logs are append-only lists of entries under a key (revisions, events).
 * Returned values are copies: changing them changes nothing until they are written back.
 */
export interface Tx {
	get<C extends CollectionName>(collection: C, key: string): Promise<Doc<C> | undefined>;
	all<C extends CollectionName>(collection: C): Promise<Doc<C>[]>;
	/** Records whose top-level string `field` equals `value`. */
	find<C extends CollectionName>(collection: C, field: string, value: string): Promise<Doc<C>[]>;
	/** Adds a record under a new key; a key in use is a write conflict. */
	insert<C extends CollectionName>(collection: C, key: string, doc: Doc<C>): Promise<void>;
	/** Replaces the record if its stored version is still `expectedVersion`, else a write conflict. */
	replace<C extends CollectionName>(
		collection: C,
		key: string,
		doc: Doc<C>,
		expectedVersion: number
	): Promise<void>;
	remove(collection: CollectionName, key: string): Promise<void>;
	append<L extends LogName>(log: L, key: string, entry: Entry<L>): Promise<void>;
	/** The entries under `key`, oldest first. */
	entries<L extends LogName>(log: L, key: string): Promise<Entry<L>[]>;
	/** Keeps only the newest `keep` entries under `key` (0 drops the key's log). */
	trim(log: LogName, key: string, keep: number): Promise<void>;
}

/** A store engine: the embedded files or PostgreSQL, behind the same transactions. */
export interface Engine {
	readonly kind: 'embedded' | 'postgresql';
	/** Runs `fn` on the last committed state; it must not write. */
	read<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
	/**
	 * Runs `fn` as one action: all of its writes become durable and visible together, or none do.
	 * A write that raced another process is retried from the start, so `fn` must not have side
	 * effects outside the transaction.
	 */
	write<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
	/** Everything the store holds: collections by key, logs by key (oldest entry first). */
	dump(): Promise<StoreContents>;
	/** Fills an empty store with `contents` in one action; refuses a store that holds anything. */
	load(contents: StoreContents): Promise<void>;
	/** Resolves when the store answers; rejects with the reason otherwise. */
	ping(): Promise<void>;
	close(): Promise<void>;
}

/** Everything a store holds, keyed by collection and log: what export files and migrations carry. */
export interface StoreContents {
	collections: Partial<Record<CollectionName, Record<string, unknown>>>;
	logs: Partial<Record<LogName, Record<string, unknown[]>>>;
}

/** Inserts every record and appends every log entry of `contents`, in order. */
export async function fill(tx: Tx, contents: StoreContents): Promise<void> {
	for (const [name, docs] of Object.entries(contents.collections))
		for (const [key, doc] of Object.entries(docs))
			await tx.insert(name as CollectionName, key, doc as never);
	for (const [log, byLogKey] of Object.entries(contents.logs))
		for (const [key, entries] of Object.entries(byLogKey))
			for (const entry of entries) await tx.append(log as LogName, key, entry as never);
}

/** A write lost a race with another writer; the engine retries the action. */
export class WriteConflict extends Error {
	constructor(what: string) {
		super(`${what} changed during the write`);
		this.name = 'WriteConflict';
	}
}
