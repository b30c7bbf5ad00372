import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../auth/secrets';
import { LEGACY_SCHEMA_VERSION } from '../schema';
import { StoreFileError } from './durable';
import { EmbeddedEngine } from './embedded';

let dir: string;
beforeEach(() => {
	dir = join(mkdtempSync(join(tmpdir(), 'orgcraft-embedded-')), 'nested');
});

const at = '2026-11-21T09:00:00.000Z';
const workspace = { id: 'w1', name: 'Acme', createdAt: at, profile: null, version: 1 };
const event = (i: number) => ({
	id: `e${i}`,
	at,
	actorId: 'a',
	action: 'member.invited' as const,
	subjectId: 's',
	summary: `${i}`
});

describe('the embedded engine', () => {
	it('starts empty in a new folder and reads back what it wrote after a restart', async () => {
		const first = await EmbeddedEngine.open(dir);
		expect(await first.read((tx) => tx.get('workspace', 'workspace'))).toBeUndefined();
		await first.write((tx) => tx.insert('workspace', 'workspace', workspace));
		const second = await EmbeddedEngine.open(dir);
		expect(await second.read((tx) => tx.get('workspace', 'workspace'))).toEqual(workspace);
	});

	it('writes one file per large record and appends one file per log entry', async () => {
		const engine = await EmbeddedEngine.open(dir);
		await engine.write(async (tx) => {
			await tx.append('events', 'workspace', event(1));
			await tx.append('events', 'workspace', event(2));
		});
		expect(readdirSync(join(dir, 'store', 'events', 'workspace'))).toEqual([
			'0000000001.json',
			'0000000002.json'
		]);
		await engine.write((tx) => tx.trim('events', 'workspace', 1));
		expect(readdirSync(join(dir, 'store', 'events', 'workspace'))).toEqual(['0000000002.json']);
	});

	it('leaves nothing changed when an action throws or writes an invalid record', async () => {
		const engine = await EmbeddedEngine.open(dir);
		await engine.write((tx) => tx.insert('workspace', 'workspace', workspace));
		await expect(
			engine.write(async (tx) => {
				await tx.replace('workspace', 'workspace', { ...workspace, name: '', version: 2 }, 1);
			})
		).rejects.toThrow();
		await expect(
			engine.write(async (tx) => {
				await tx.append('events', 'workspace', event(1));
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		const again = await EmbeddedEngine.open(dir);
		expect(await again.read((tx) => tx.get('workspace', 'workspace'))).toEqual(workspace);
		expect(await again.read((tx) => tx.entries('events', 'workspace'))).toEqual([]);
	});

	it('loses nothing when many writes run at once in one process', async () => {
		const engine = await EmbeddedEngine.open(dir);
		await Promise.all(
			Array.from({ length: 40 }, (_, i) =>
				engine.write((tx) => tx.append('events', 'workspace', event(i)))
			)
		);
		const reloaded = await EmbeddedEngine.open(dir);
		const ids = (await reloaded.read((tx) => tx.entries('events', 'workspace'))).map((e) => e.id);
		expect(ids.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `e${i}`).sort());
	});

	it('replays the acknowledged commits of its log after a crash, dropping a torn last line', async () => {
		await EmbeddedEngine.open(dir);
		const ops = [
			{ path: 'workspace.json', text: JSON.stringify({ workspace }) },
			{ path: 'events/workspace/0000000001.json', text: JSON.stringify(event(1)) }
		];
		const torn = JSON.stringify({ ops: [{ path: 'members.json', text: '{}' }] }).slice(0, 20);
		writeFileSync(join(dir, 'store', 'wal.jsonl'), JSON.stringify({ ops }) + '\n' + torn);
		const engine = await EmbeddedEngine.open(dir);
		expect(await engine.read((tx) => tx.get('workspace', 'workspace'))).toEqual(workspace);
		expect(await engine.read((tx) => tx.entries('events', 'workspace'))).toEqual([event(1)]);
		expect(readFileSync(join(dir, 'store', 'wal.jsonl'), 'utf8')).toBe('');
		expect(existsSync(join(dir, 'store', 'members.json'))).toBe(false);
	});

	it('keeps every write after a close and reopen, with the log emptied', async () => {
		const engine = await EmbeddedEngine.open(dir);
		await engine.write((tx) => tx.insert('workspace', 'workspace', workspace));
		expect(readFileSync(join(dir, 'store', 'wal.jsonl'), 'utf8')).not.toBe('');
		await engine.close();
		expect(readFileSync(join(dir, 'store', 'wal.jsonl'), 'utf8')).toBe('');
		const again = await EmbeddedEngine.open(dir);
		expect(await again.read((tx) => tx.get('workspace', 'workspace'))).toEqual(workspace);
	});

	it.each([
		['members.json', '{"m1": {', /members\.json: not valid JSON/],
		[
			'workspace.json',
			JSON.stringify({ workspace: { ...workspace, version: 'one' } }),
			/workspace\.json: workspace\.version: /
		],
		['scenarios/s1.json', JSON.stringify({ id: 's1' }), /scenarios\/s1\.json: /],
		[
			'meta.json',
			JSON.stringify({ schemaVersion: 99 }),
			/meta\.json: schemaVersion: 99 .* newer Orgcraft/
		]
	])('refuses a damaged %s by path and never overwrites it', async (file, text, message) => {
		await EmbeddedEngine.open(dir);
		mkdirSync(join(dir, 'store', 'scenarios'), { recursive: true });
		const path = join(dir, 'store', file);
		writeFileSync(path, text);
		const opening = EmbeddedEngine.open(dir);
		await expect(opening).rejects.toBeInstanceOf(StoreFileError);
		await expect(opening).rejects.toThrow(message);
		expect(readFileSync(path, 'utf8')).toBe(text);
	});
});

describe('the first start after schema 4', () => {
	const legacy = (over: Record<string, unknown> = {}) => ({
		schemaVersion: LEGACY_SCHEMA_VERSION,
		workspace: { id: 'w1', name: 'Acme', createdAt: at, version: 1 },
		members: [],
		sessions: [],
		tokens: [],
		scenarios: [],
		revisions: [],
		events: [event(1)],
		shareLinks: [],
		catalogueOverrides: { overrides: {}, version: 1, updatedAt: null, updatedBy: null },
		conversations: [],
		assessments: [],
		...over
	});

	it('moves data/orgcraft.json into the new layout, hashing share-link secrets, and keeps the file', async () => {
		mkdirSync(dir, { recursive: true });
		const token = 'a'.repeat(43);
		const text = JSON.stringify(
			legacy({
				shareLinks: [{ token, scenarioId: 's1', createdBy: 'm1', createdAt: at, version: 1 }]
			})
		);
		writeFileSync(join(dir, 'orgcraft.json'), text);
		const engine = await EmbeddedEngine.open(dir);
		expect(await engine.read((tx) => tx.get('workspace', 'workspace'))).toEqual(workspace);
		expect(await engine.read((tx) => tx.entries('events', 'workspace'))).toEqual([event(1)]);
		const [link] = await engine.read((tx) => tx.all('shareLinks'));
		expect(link).toMatchObject({ scenarioId: 's1', tokenHash: hashSecret(token) });
		expect(JSON.stringify(link)).not.toContain(token);
		expect(readFileSync(join(dir, 'orgcraft.json'), 'utf8')).toBe(text);
		const reopened = await EmbeddedEngine.open(dir);
		expect(await reopened.read((tx) => tx.all('shareLinks'))).toEqual([link]);
	});

	it('refuses a damaged schema 4 file by name, writing nothing', async () => {
		mkdirSync(dir, { recursive: true });
		const text = JSON.stringify(legacy({ members: 'nobody' }));
		writeFileSync(join(dir, 'orgcraft.json'), text);
		await expect(EmbeddedEngine.open(dir)).rejects.toThrow(/orgcraft\.json: members: /);
		expect(existsSync(join(dir, 'store', 'meta.json'))).toBe(false);
		expect(readFileSync(join(dir, 'orgcraft.json'), 'utf8')).toBe(text);
	});
});
