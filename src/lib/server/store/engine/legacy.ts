import { readFile } from 'node:fs/promises';
import { hashSecret } from '../../auth/secrets';
import { migrate } from '../migrations';
import { legacyStoreSchema } from '../schema';
import { CATALOGUE, SINGLE } from './collections';
import { parseFile, StoreFileError } from './durable';
import type { StoreContents } from './types';

const keyed = <T>(items: T[], key: (item: T) => string) =>
	Object.fromEntries(items.map((item) => [key(item), item]));

/**
 * Reads the single-file store of schema 1–4 (data/orgcraft.json) as the contents of schema 5:
 * share-link secrets become their hashes (the links keep working) and the workspace gets an
 * empty profile. The file itself is left as it was.
 */
export async function importLegacyFile(path: string): Promise<StoreContents> {
	const text = await readFile(path, 'utf8');
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (cause) {
		throw new StoreFileError(`${path}: not valid JSON (${(cause as Error).message})`);
	}
	let migrated: unknown;
	try {
		migrated = migrate(raw, path);
	} catch (cause) {
		throw new StoreFileError((cause as Error).message);
	}
	const data = parseFile(path, JSON.stringify(migrated), legacyStoreSchema);
	const revisions: Record<string, unknown[]> = {};
	for (const revision of data.revisions) (revisions[revision.scenarioId] ??= []).push(revision);
	return {
		collections: {
			workspace: data.workspace ? { [SINGLE]: { ...data.workspace, profile: null } } : {},
			members: keyed(data.members, (m) => m.id),
			sessions: keyed(data.sessions, (s) => s.id),
			tokens: keyed(data.tokens, (t) => t.id),
			shareLinks: Object.fromEntries(
				data.shareLinks.map(({ token, ...link }) => [
					link.scenarioId,
					{ ...link, tokenHash: hashSecret(token) }
				])
			),
			catalogue: { [CATALOGUE]: data.catalogueOverrides },
			scenarios: keyed(data.scenarios, (s) => s.id),
			conversations: keyed(data.conversations, (c) => c.id),
			assessments: keyed(data.assessments, (a) => a.id)
		},
		logs: { revisions, events: data.events.length > 0 ? { [SINGLE]: data.events } : {} }
	};
}
