import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { TextFile } from 'lowdb/node';
import { zodIssues } from '../../domain/shared/issues';
import { migrate } from './migrations';
import { storeSchema, type StoreData } from './schema';

/** The data file cannot be used as it stands; the message names the file and the field. */
export class StoreFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'StoreFileError';
	}
}

/**
 * A lowdb adapter that parses the file with the store schema on read and writes through
 * steno (temp file + rename), so a killed process leaves the last acknowledged state.
 */
export class ValidatedFile implements Adapter<StoreData> {
	readonly #file: TextFile;

	constructor(readonly path: string) {
		mkdirSync(dirname(path), { recursive: true });
		this.#file = new TextFile(path);
	}

	async read(): Promise<StoreData | null> {
		const text = await this.#file.read();
		if (text === null) return null;
		let raw: unknown;
		try {
			raw = JSON.parse(text);
		} catch (cause) {
			throw new StoreFileError(`${this.path}: not valid JSON (${(cause as Error).message})`);
		}
		let migrated: unknown;
		try {
			migrated = migrate(raw, this.path);
		} catch (cause) {
			throw new StoreFileError((cause as Error).message);
		}
		const parsed = storeSchema.safeParse(migrated);
		if (!parsed.success) {
			const [first, ...rest] = zodIssues(parsed.error);
			const more =
				rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
			throw new StoreFileError(
				`${this.path}: ${first?.path || '(top level)'}: ${first?.message}${more}`
			);
		}
		return parsed.data;
	}

	async write(data: StoreData): Promise<void> {
		await this.#file.write(JSON.stringify(data, null, '\t') + '\n');
	}
}
