import type { LogEntries, Records } from './embedded-files';
import type { CollectionName, Doc, Entry, LogName, Tx } from './types';
import { WriteConflict } from './types';

/** The entries of `map` sorted by key, so every listing and dump comes out in the same order. */
export const byKey = <T>(map: Map<string, T>) =>
	[...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** What a transaction reads through: the engine's committed records and logs. */
export interface Committed {
	records(name: CollectionName): Records;
	log(log: LogName, key: string): Promise<LogEntries>;
}

/**
 * One action on the embedded store: it reads the committed state with its own staged changes
 * laid over it, and only stages writes; the engine commits what it staged, or nothing.
 */
export class EmbeddedTx implements Tx {
	readonly staged = new Map<CollectionName, Map<string, unknown | null>>();
	readonly logChanges = new Map<string, { appended: unknown[]; keep?: number }>();

	constructor(
		readonly engine: Committed,
		readonly writable: boolean
	) {}

	#current(collection: CollectionName, key: string): { version: number } | undefined {
		const staged = this.staged.get(collection);
		if (staged?.has(key)) return (staged.get(key) ?? undefined) as { version: number } | undefined;
		return this.engine.records(collection).get(key);
	}

	#stage(collection: CollectionName, key: string, doc: unknown | null) {
		if (!this.writable) throw new Error('a read must not write');
		let staged = this.staged.get(collection);
		if (!staged) this.staged.set(collection, (staged = new Map()));
		staged.set(key, doc === null ? null : structuredClone(doc));
	}

	async get<C extends CollectionName>(collection: C, key: string) {
		const found = this.#current(collection, key);
		return found && (structuredClone(found) as Doc<C>);
	}

	async all<C extends CollectionName>(collection: C) {
		const merged = new Map(this.engine.records(collection));
		for (const [key, doc] of this.staged.get(collection) ?? []) {
			if (doc === null) merged.delete(key);
			else merged.set(key, doc as { version: number });
		}
		return byKey(merged).map(([, doc]) => structuredClone(doc) as Doc<C>);
	}

	async find<C extends CollectionName>(collection: C, field: string, value: string) {
		return (await this.all(collection)).filter(
			(doc) => (doc as Record<string, unknown>)[field] === value
		);
	}

	async insert<C extends CollectionName>(collection: C, key: string, doc: Doc<C>) {
		if (this.#current(collection, key)) throw new WriteConflict(`${collection}/${key}`);
		this.#stage(collection, key, doc);
	}

	async replace<C extends CollectionName>(
		collection: C,
		key: string,
		doc: Doc<C>,
		expected: number
	) {
		if (this.#current(collection, key)?.version !== expected)
			throw new WriteConflict(`${collection}/${key}`);
		this.#stage(collection, key, doc);
	}

	async remove(collection: CollectionName, key: string) {
		this.#stage(collection, key, null);
	}

	#change(log: LogName, key: string) {
		if (!this.writable) throw new Error('a read must not write');
		const id = `${log}/${key}`;
		let change = this.logChanges.get(id);
		if (!change) this.logChanges.set(id, (change = { appended: [] }));
		return change;
	}

	async append<L extends LogName>(log: L, key: string, entry: Entry<L>) {
		this.#change(log, key).appended.push(structuredClone(entry));
	}

	async entries<L extends LogName>(log: L, key: string) {
		const change = this.logChanges.get(`${log}/${key}`);
		let all = [
			...(await this.engine.log(log, key)).map((e) => e.entry),
			...(change?.appended ?? [])
		];
		if (change?.keep !== undefined) all = all.slice(Math.max(0, all.length - change.keep));
		return structuredClone(all) as Entry<L>[];
	}

	async trim(log: LogName, key: string, keep: number) {
		this.#change(log, key).keep = keep;
	}
}
