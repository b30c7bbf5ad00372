import postgres from 'postgres';
import { collectionNames, collections, logNames, logs } from './collections';
import { sqlMigrations } from './sql-migrations';
import type { CollectionName, Doc, Engine, Entry, LogName, StoreContents, Tx } from './types';
import { fill, WriteConflict } from './types';

/** PostgreSQL cannot be used; the message says why without the password or a stack. */
export class StoreUnavailableError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoreUnavailableError';
	}
}

type Sql = postgres.Sql | postgres.TransactionSql;

/** Codes of a write that lost a race and is worth running again. */
const RETRYABLE = new Set(['23505', '40001', '40P01']);
const ATTEMPTS = 8;
const MIGRATION_LOCK = 7_310_001;

function describe(err: unknown, where: string): string {
	const e = err as { code?: string; message?: string };
	switch (e.code) {
		case 'ECONNREFUSED':
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
		case 'ETIMEDOUT':
		case 'CONNECT_TIMEOUT':
		case 'EHOSTUNREACH':
			return `DATABASE_URL: ${where} does not answer (${e.code}); start PostgreSQL or correct the host and port`;
		case '28P01':
			return `DATABASE_URL: ${where} refused the password for this user; correct the password in DATABASE_URL`;
		case '28000':
			return `DATABASE_URL: ${where} does not accept this user (${e.message})`;
		case '3D000':
			return `DATABASE_URL: ${where}: ${e.message}; create the database first`;
		default:
			return `DATABASE_URL: ${where}: ${e.message ?? String(err)}`;
	}
}

/**
 * The PostgreSQL engine for several app processes: records in orgcraft_records, logs in
 * orgcraft_log, each action one transaction, optimistic concurrency as UPDATE … WHERE version = n.
 */
export class PostgresEngine implements Engine {
	readonly kind = 'postgresql';

	private constructor(
		readonly sql: postgres.Sql,
		readonly where: string
	) {}

	static async open(url: string): Promise<PostgresEngine> {
		let where = 'PostgreSQL';
		try {
			const { hostname, port, pathname } = new URL(url);
			where = `PostgreSQL at ${hostname || 'localhost'}:${port || 5432}${pathname}`;
		} catch {
			throw new StoreUnavailableError(
				'DATABASE_URL: expected a URL such as postgres://user:password@host:5432/orgcraft'
			);
		}
		const sql = postgres(url, {
			max: 10,
			connect_timeout: 10,
			onnotice: () => undefined,
			types: { bigint: postgres.BigInt }
		});
		const engine = new PostgresEngine(sql, where);
		try {
			await engine.#migrate();
		} catch (err) {
			await sql.end({ timeout: 1 }).catch(() => undefined);
			throw err instanceof StoreUnavailableError
				? err
				: new StoreUnavailableError(describe(err, where));
		}
		return engine;
	}

	async #migrate(): Promise<void> {
		await this.sql.begin(async (tx) => {
			await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
			await tx`CREATE TABLE IF NOT EXISTS orgcraft_migrations (
				version integer PRIMARY KEY,
				applied_at timestamptz NOT NULL DEFAULT now()
			)`;
			const done = new Set(
				(await tx`SELECT version FROM orgcraft_migrations`).map((r) => Number(r.version))
			);
			const newest = Math.max(0, ...done);
			const known = Math.max(...sqlMigrations.map((m) => m.version));
			if (newest > known)
				throw new StoreUnavailableError(
					`DATABASE_URL: ${this.where} holds schema ${newest}, written by a newer Orgcraft (this one knows up to ${known}); upgrade Orgcraft`
				);
			for (const step of sqlMigrations) {
				if (done.has(step.version)) continue;
				await tx.unsafe(step.sql);
				await tx`INSERT INTO orgcraft_migrations (version) VALUES (${step.version})`;
			}
		});
	}

	read<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
		return fn(new PostgresTx(this.sql, false));
	}

	async write<R>(fn: (tx: Tx) => Promise<R>): Promise<R> {
		for (let attempt = 1; ; attempt++) {
			try {
				return (await this.sql.begin((sql) => fn(new PostgresTx(sql, true)))) as R;
			} catch (err) {
				const code = (err as { code?: string }).code;
				const raced = err instanceof WriteConflict || (code !== undefined && RETRYABLE.has(code));
				if (!raced || attempt >= ATTEMPTS) throw err;
			}
		}
	}

	async dump(): Promise<StoreContents> {
		return this.sql.begin('isolation level repeatable read', async (sql) => {
			const contents: StoreContents = { collections: {}, logs: {} };
			for (const name of collectionNames) contents.collections[name] = {};
			for (const log of logNames) contents.logs[log] = {};
			const records =
				await sql`SELECT collection, key, body FROM orgcraft_records ORDER BY collection, key COLLATE "C"`;
			for (const { collection, key, body } of records) {
				const name = collection as CollectionName;
				contents.collections[name]![key] = collections[name].schema.parse(body);
			}
			const entries =
				await sql`SELECT log, key, body FROM orgcraft_log ORDER BY log, key COLLATE "C", seq`;
			for (const { log, key, body } of entries) {
				const name = log as LogName;
				(contents.logs[name]![key] ??= []).push(logs[name].schema.parse(body));
			}
			return contents;
		});
	}

	async load(contents: StoreContents): Promise<void> {
		await this.sql.begin(async (sql) => {
			await sql`LOCK TABLE orgcraft_records, orgcraft_log IN EXCLUSIVE MODE`;
			const [row] =
				await sql`SELECT (SELECT count(*) FROM orgcraft_records) + (SELECT count(*) FROM orgcraft_log) AS count`;
			if (Number(row?.count) > 0)
				throw new StoreUnavailableError(
					`DATABASE_URL: ${this.where} holds data already; import only into an empty database`
				);
			await fill(new PostgresTx(sql, true), contents);
		});
	}

	async ping(): Promise<void> {
		try {
			await this.sql`SELECT 1`;
		} catch (err) {
			throw new StoreUnavailableError(describe(err, this.where));
		}
	}

	async close(): Promise<void> {
		await this.sql.end({ timeout: 5 });
	}
}

class PostgresTx implements Tx {
	constructor(
		readonly sql: Sql,
		readonly writable: boolean
	) {}

	#parse<C extends CollectionName>(collection: C, body: unknown): Doc<C> {
		return collections[collection].schema.parse(body) as Doc<C>;
	}

	#writing() {
		if (!this.writable) throw new Error('a read must not write');
	}

	async get<C extends CollectionName>(collection: C, key: string) {
		const rows = this.writable
			? await this
					.sql`SELECT body FROM orgcraft_records WHERE collection = ${collection} AND key = ${key} FOR UPDATE`
			: await this
					.sql`SELECT body FROM orgcraft_records WHERE collection = ${collection} AND key = ${key}`;
		return rows.length === 0 ? undefined : this.#parse(collection, rows[0]!.body);
	}

	async all<C extends CollectionName>(collection: C) {
		const rows = await this
			.sql`SELECT body FROM orgcraft_records WHERE collection = ${collection} ORDER BY key COLLATE "C"`;
		return rows.map((r) => this.#parse(collection, r.body));
	}

	async find<C extends CollectionName>(collection: C, field: string, value: string) {
		const rows = await this
			.sql`SELECT body FROM orgcraft_records WHERE collection = ${collection} AND body->>${field} = ${value} ORDER BY key COLLATE "C"`;
		return rows.map((r) => this.#parse(collection, r.body));
	}

	async insert<C extends CollectionName>(collection: C, key: string, doc: Doc<C>) {
		this.#writing();
		const body = this.#parse(collection, doc);
		const rows = await this.sql`INSERT INTO orgcraft_records (collection, key, version, body)
			VALUES (${collection}, ${key}, ${body.version}, ${this.sql.json(body as postgres.JSONValue)})
			ON CONFLICT DO NOTHING RETURNING key`;
		if (rows.length === 0) throw new WriteConflict(`${collection}/${key}`);
	}

	async replace<C extends CollectionName>(
		collection: C,
		key: string,
		doc: Doc<C>,
		expected: number
	) {
		this.#writing();
		const body = this.#parse(collection, doc);
		const rows = await this.sql`UPDATE orgcraft_records
			SET version = ${body.version}, body = ${this.sql.json(body as postgres.JSONValue)}
			WHERE collection = ${collection} AND key = ${key} AND version = ${expected} RETURNING key`;
		if (rows.length === 0) throw new WriteConflict(`${collection}/${key}`);
	}

	async remove(collection: CollectionName, key: string) {
		this.#writing();
		await this.sql`DELETE FROM orgcraft_records WHERE collection = ${collection} AND key = ${key}`;
	}

	async append<L extends LogName>(log: L, key: string, entry: Entry<L>) {
		this.#writing();
		const body = logs[log].schema.parse(entry);
		await this
			.sql`INSERT INTO orgcraft_log (log, key, body) VALUES (${log}, ${key}, ${this.sql.json(body as postgres.JSONValue)})`;
	}

	async entries<L extends LogName>(log: L, key: string) {
		const rows = await this
			.sql`SELECT body FROM orgcraft_log WHERE log = ${log} AND key = ${key} ORDER BY seq`;
		return rows.map((r) => logs[log].schema.parse(r.body) as Entry<L>);
	}

	async trim(log: LogName, key: string, keep: number) {
		this.#writing();
		await this.sql`DELETE FROM orgcraft_log WHERE log = ${log} AND key = ${key} AND seq NOT IN (
			SELECT seq FROM orgcraft_log WHERE log = ${log} AND key = ${key} ORDER BY seq DESC LIMIT ${keep})`;
	}
}
