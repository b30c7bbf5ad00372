import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { zodIssues } from '../../domain/shared/issues';
import { closeAll, engine, storeLabel } from './db';
import { collectionNames, collections, logNames, logs } from './engine/collections';
import type { StoreContents } from './engine/types';
import { SCHEMA_VERSION } from './schema';

export const EXPORT_FORMAT = 'orgcraft-store';

/** Why an import file cannot be used; names the file and the field. */
export class ImportFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportFileError';
	}
}

const sorted = <T>(record: Record<string, T>) =>
	Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The export file of a store: stable order, so the same contents give the same bytes. */
export function serialise(contents: StoreContents): string {
	const file = {
		format: EXPORT_FORMAT,
		schemaVersion: SCHEMA_VERSION,
		collections: Object.fromEntries(
			collectionNames.map((name) => [name, sorted(contents.collections[name] ?? {})])
		),
		logs: Object.fromEntries(logNames.map((name) => [name, sorted(contents.logs[name] ?? {})]))
	};
	return JSON.stringify(file, null, '\t') + '\n';
}

const fileSchema = z.strictObject({
	format: z.literal(EXPORT_FORMAT, { error: `expected "${EXPORT_FORMAT}"` }),
	schemaVersion: z.number(),
	collections: z.strictObject(
		Object.fromEntries(
			// A collection added after the file was written (runs) is empty in it.
			collectionNames.map((name) => [
				name,
				z.record(z.string(), collections[name].schema).default({})
			])
		) as Record<string, z.ZodType>
	),
	logs: z.strictObject(
		Object.fromEntries(
			logNames.map((name) => [name, z.record(z.string(), z.array(logs[name].schema)).default({})])
		) as Record<string, z.ZodType>
	)
});

/** Reads and checks an export file completely, or refuses it naming the path and the field. */
export function parseExport(path: string, text: string): StoreContents {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (cause) {
		throw new ImportFileError(`${path}: not valid JSON (${(cause as Error).message})`);
	}
	const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
	if (typeof raw === 'object' && raw !== null && version !== SCHEMA_VERSION)
		throw new ImportFileError(
			`${path}: schemaVersion: this Orgcraft imports store schema ${SCHEMA_VERSION}, the file has ${JSON.stringify(version ?? null)}; export it again with a matching Orgcraft`
		);
	const parsed = fileSchema.safeParse(raw);
	if (!parsed.success) {
		const [first, ...rest] = zodIssues(parsed.error);
		const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
		throw new ImportFileError(`${path}: ${first?.path || '(top level)'}: ${first?.message}${more}`);
	}
	return parsed.data as StoreContents;
}

/** Writes everything the current store (DATA_DIR or DATABASE_URL) holds to `path`. */
export async function exportTo(path: string): Promise<{ records: number; store: string }> {
	const contents = await (await engine()).dump();
	await writeFile(path, serialise(contents));
	const records = Object.values(contents.collections).reduce(
		(n, docs) => n + Object.keys(docs ?? {}).length,
		0
	);
	return { records, store: storeLabel() };
}

/** Loads an export file into the current store, which must be empty; all of it or nothing. */
export async function importFrom(path: string): Promise<{ records: number; store: string }> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (cause) {
		throw new ImportFileError(`${path}: cannot be read (${(cause as NodeJS.ErrnoException).code})`);
	}
	const contents = parseExport(path, text);
	await (await engine()).load(contents);
	const records = Object.values(contents.collections).reduce(
		(n, docs) => n + Object.keys(docs ?? {}).length,
		0
	);
	return { records, store: storeLabel() };
}

/** `npm run store -- export|import <file>`: one line saying what was done; the store closed after. */
export async function run(command: 'export' | 'import', path: string): Promise<string> {
	try {
		if (command === 'export') {
			const { records, store } = await exportTo(path);
			return `Exported ${records} records from ${store} to ${path}`;
		}
		const { records, store } = await importFrom(path);
		return `Imported ${records} records from ${path} into ${store}`;
	} finally {
		await closeAll();
	}
}
