import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from './migrations';
import {
	LEGACY_SCHEMA_VERSION as SCHEMA_VERSION,
	legacyStoreSchema as storeSchema
} from './schema';

describe('migrate', () => {
	it('leaves a file of the current schema version as it is', () => {
		const raw = { schemaVersion: SCHEMA_VERSION, members: [] };
		expect(migrate(raw, 'data/orgcraft.json')).toEqual(raw);
	});

	it('runs each step from the file version up to the current one, in order', () => {
		const steps: Migration[] = [
			{ from: 2, migrate: (r) => ({ ...r, trail: [...(r.trail as string[]), 'b'] }) },
			{ from: 1, migrate: (r) => ({ ...r, trail: ['a'] }) }
		];
		expect(migrate({ schemaVersion: 1 }, 'f.json', { steps, target: 3 })).toEqual({
			schemaVersion: 3,
			trail: ['a', 'b']
		});
	});

	it('names the file and the missing step when a version cannot be migrated', () => {
		expect(() =>
			migrate({ schemaVersion: 1 }, 'data/orgcraft.json', { steps: [], target: 2 })
		).toThrow(/data\/orgcraft\.json: schemaVersion: no migration from version/);
	});

	it.each([[null], [[1, 2]], ['text']])('refuses a top level that is not an object (%j)', (raw) => {
		expect(() => migrate(raw, 'data/orgcraft.json')).toThrow(
			'data/orgcraft.json: expected a JSON object at the top level'
		);
	});
});

describe('the shipped migrations', () => {
	it('bring a version 1 file up to a valid current store', () => {
		const v1 = {
			schemaVersion: 1,
			workspace: null,
			members: [],
			sessions: [],
			tokens: [],
			scenarios: [],
			revisions: [],
			events: []
		};
		const migrated = storeSchema.parse(migrate(v1, 'data/orgcraft.json'));
		expect(migrated).toMatchObject({ schemaVersion: SCHEMA_VERSION, shareLinks: [] });
	});

	it('add empty catalogue overrides at version 1 to a version 2 file and keep everything else', () => {
		const v2 = {
			schemaVersion: 2,
			workspace: { id: 'w1', name: 'Acme', createdAt: '2026-01-05T09:00:00.000Z', version: 3 },
			members: [],
			sessions: [],
			tokens: [],
			scenarios: [],
			revisions: [],
			events: [],
			shareLinks: []
		};
		const migrated = storeSchema.parse(migrate(v2, 'data/orgcraft.json'));
		expect(migrated).toMatchObject({
			...v2,
			schemaVersion: SCHEMA_VERSION,
			catalogueOverrides: { overrides: {}, version: 1, updatedAt: null, updatedBy: null }
		});
	});

	it('add no conversations and no assessments to a version 3 file and keep everything else', () => {
		const v3 = {
			schemaVersion: 3,
			workspace: { id: 'w1', name: 'Acme', createdAt: '2026-01-05T09:00:00.000Z', version: 3 },
			members: [],
			sessions: [],
			tokens: [],
			scenarios: [],
			revisions: [],
			events: [],
			shareLinks: [],
			catalogueOverrides: {
				overrides: {},
				version: 2,
				updatedAt: '2026-02-01T10:00:00.000Z',
				updatedBy: 'm1'
			}
		};
		const migrated = storeSchema.parse(migrate(v3, 'data/orgcraft.json'));
		expect(migrated).toEqual({ ...v3, schemaVersion: 4, conversations: [], assessments: [] });
	});
});
