import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { design, seat } from '../../domain/scenario/testing';
import * as conversations from './conversations';
import { closeAll } from './db';
import * as scenarioHistory from './scenario-history';
import * as scenarios from './scenarios';
import * as shareLinks from './share-links';
import { engines, freshStore, useEngine, type EngineKind } from './testing';
import { exportTo, importFrom, ImportFileError } from './transfer';
import * as workspace from './workspace';

const small = () => design([seat('cmo', null, { kind: 'cmo' }), seat('a', 'cmo')]);
const file = (name: string) => join(mkdtempSync(join(tmpdir(), 'orgcraft-export-')), name);

/** A workspace with a member, scenarios with revisions, a link and events. */
async function fill() {
	const admin = await workspace.setup({
		workspace: 'Acme',
		name: 'Ada',
		email: 'ada@example.test',
		passwordHash: 'hash',
		scenarios: [{ design: small(), status: 'current', visibility: 'workspace' }]
	});
	const ada: Actor = { id: admin.id, role: 'admin' };
	const draft = await scenarios.create(ada, small());
	await scenarios.update(ada, draft.id, { ...small(), name: 'Second' }, 1);
	await shareLinks.create(ada, draft.id);
	await scenarios.publish(ada, draft.id);
	return { ada, draft };
}

const other = (kind: EngineKind): EngineKind => (kind === 'embedded' ? 'postgresql' : 'embedded');

describe.each(engines)('moving a workspace from the %s engine', (kind) => {
	afterAll(closeAll);

	it('exports a file that imports into the other engine and exports again identically', async () => {
		await freshStore(kind);
		const { ada, draft } = await fill();
		const first = file('first.json');
		await exportTo(first);
		expect(JSON.parse(readFileSync(first, 'utf8'))).toMatchObject({
			format: 'orgcraft-store',
			schemaVersion: 5
		});

		await freshStore(other(kind));
		await importFrom(first);
		expect((await scenarios.get(ada, draft.id)).name).toBe('Second');
		// Created, renamed, published: publishing writes a version of its own.
		expect((await scenarioHistory.history(ada, draft.id)).map((r) => r.version)).toEqual([3, 2, 1]);
		expect((await conversations.view(ada)).scenario?.id).toBe(draft.id);
		const second = file('second.json');
		await exportTo(second);
		expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));

		await expect(importFrom(first)).rejects.toThrow(/holds data already/);
		const third = file('third.json');
		await exportTo(third);
		expect(readFileSync(third, 'utf8')).toBe(readFileSync(first, 'utf8'));
	});
});

describe.each(engines)('an import file that cannot be used (%s engine)', (kind) => {
	useEngine(kind);
	const good = () =>
		JSON.parse(
			JSON.stringify({
				format: 'orgcraft-store',
				schemaVersion: 5,
				collections: Object.fromEntries(
					[
						'workspace',
						'members',
						'sessions',
						'tokens',
						'shareLinks',
						'catalogue',
						'signInAttempts',
						'scenarios',
						'conversations',
						'assessments'
					].map((n) => [n, {}])
				),
				logs: { revisions: {}, events: {} }
			})
		);

	it.each([
		[
			'another schema version',
			() => ({ ...good(), schemaVersion: 4 }),
			/schemaVersion: this Orgcraft imports store schema 5, the file has 4/
		],
		['damaged JSON', () => '{"format": "orgcraft-store", ', /not valid JSON/],
		[
			'a bad record',
			() => {
				const f = good();
				f.collections.members = { m1: { id: 'm1', email: 'not an email' } };
				return f;
			},
			/collections\.members\.m1\.\w+: /
		]
	])(
		'is refused (%s) with the path and reason, and nothing is written',
		async (_, make, reason) => {
			const path = file('bad.json');
			const content = make();
			writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
			const err = await importFrom(path).catch((e: unknown) => e);
			expect(err).toBeInstanceOf(ImportFileError);
			expect((err as Error).message).toContain(path);
			expect((err as Error).message).toMatch(reason);
			expect(await workspace.isSetUp()).toBe(false);
			await closeAll();
		}
	);
});
