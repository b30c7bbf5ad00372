import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { expectVersion, Store } from './db';
import { StoreFileError } from './file';
import { SCHEMA_VERSION } from './schema';

let path: string;
beforeEach(() => {
	path = join(mkdtempSync(join(tmpdir(), 'orgcraft-store-')), 'nested', 'orgcraft.json');
});

const at = '2026-11-21T09:00:00.000Z';
const workspace = { id: 'w1', name: 'Acme', createdAt: at, version: 1 };

describe('Store', () => {
	it('starts empty when there is no file and creates the folder on the first write', async () => {
		const store = await Store.open(path);
		expect(store.data.workspace).toBeNull();
		await store.update((d) => {
			d.workspace = workspace;
		});
		expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
			schemaVersion: SCHEMA_VERSION,
			workspace
		});
	});

	it('reads back what it wrote after a restart', async () => {
		const first = await Store.open(path);
		await first.update((d) => {
			d.workspace = workspace;
		});
		const second = await Store.open(path);
		expect(second.data.workspace).toEqual(workspace);
	});

	it('refuses a stale version with a conflict and changes nothing', async () => {
		const store = await Store.open(path);
		await store.update((d) => {
			d.workspace = workspace;
		});
		const before = readFileSync(path, 'utf8');
		const attempt = store.update((d) => {
			expectVersion(d.workspace!, 0, 'The workspace');
			d.workspace!.name = 'Changed';
		});
		await expect(attempt).rejects.toMatchObject({ status: 409, details: { currentVersion: 1 } });
		await expect(attempt).rejects.toBeInstanceOf(AppError);
		expect(store.data.workspace!.name).toBe('Acme');
		expect(readFileSync(path, 'utf8')).toBe(before);
	});

	it('rejects an update that would store invalid data and keeps the last good state', async () => {
		const store = await Store.open(path);
		await store.update((d) => {
			d.workspace = workspace;
		});
		await expect(
			store.update((d) => {
				d.workspace!.name = '';
			})
		).rejects.toThrow();
		expect(store.data.workspace!.name).toBe('Acme');
		expect((await Store.open(path)).data.workspace!.name).toBe('Acme');
	});

	it('loses nothing when many updates run at once in one process', async () => {
		const store = await Store.open(path);
		await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				store.update((d) => {
					d.events.push({
						id: `e${i}`,
						at,
						actorId: 'a',
						action: 'member.invited',
						subjectId: 's',
						summary: `${i}`
					});
				})
			)
		);
		const reloaded = await Store.open(path);
		expect(reloaded.data.events.map((e) => e.id).sort()).toEqual(
			Array.from({ length: 40 }, (_, i) => `e${i}`).sort()
		);
	});

	it.each([
		['not JSON', '{"schemaVersion": 1,', /orgcraft\.json: not valid JSON/],
		[
			'a wrong field type',
			JSON.stringify({
				schemaVersion: 1,
				workspace: { ...workspace, version: 'one' },
				members: [],
				sessions: [],
				tokens: [],
				scenarios: [],
				revisions: [],
				events: []
			}),
			/orgcraft\.json: workspace\.version: /
		],
		[
			'a newer schema',
			JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }),
			/schemaVersion: .* newer Orgcraft/
		],
		[
			'no schema version',
			JSON.stringify({ members: [] }),
			/schemaVersion: expected a positive whole number/
		]
	])(
		'refuses a damaged file (%s), naming the file and field, and never overwrites it',
		async (_, text, message) => {
			await Store.open(path).catch(() => undefined);
			writeFileSync(path, text);
			const opening = Store.open(path);
			await expect(opening).rejects.toBeInstanceOf(StoreFileError);
			await expect(opening).rejects.toThrow(message);
			expect(readFileSync(path, 'utf8')).toBe(text);
		}
	);
});
