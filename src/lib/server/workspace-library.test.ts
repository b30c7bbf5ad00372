import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { loadSimulationLibrary } from './simulation';
import { write } from './store/db';
import * as catalogueOverrides from './store/catalogue-overrides';
import { withOverrides, workspaceCatalogue, workspaceSimulationLibrary } from './workspace-library';

const admin = { id: 'admin-1', role: 'admin' as const };

beforeEach(() => {
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-library-'));
});

const blog = <T extends { id: string }>(activities: T[]) =>
	activities.find((a) => a.id === 'blog-post-draft')!;

describe('the workspace catalogue', () => {
	it('is the models/ catalogue while nothing is overridden', async () => {
		expect(await workspaceCatalogue()).toEqual(loadCatalogue());
	});

	it('merges the overrides and says so in every overridden value’s source note', async () => {
		await catalogueOverrides.replace(
			admin,
			{
				'blog-post-draft': {
					effortHours: { kind: 'fixed', hours: 5 },
					aiShare: [0, 0.3, 0.5, 0.7],
					sources: [{ field: 'aiShare', note: 'Our pilot, Q1', grade: 'practitioner' }]
				}
			},
			1
		);
		const merged = blog((await workspaceCatalogue()).activities);
		expect(merged).toMatchObject({ effortHours: { kind: 'fixed', hours: 5 } });
		const notes = merged.sources.filter(
			(s) => s.field.startsWith('effortHours') || s.field === 'aiShare'
		);
		expect(notes.map((s) => s.note)).toEqual([
			'Workspace override: Our pilot, Q1',
			'Workspace override of the catalogue default; no source given.'
		]);
		const library = await workspaceSimulationLibrary();
		expect(blog(library.activities)).toEqual(merged);
		expect(library.templates).toEqual(loadSimulationLibrary().templates);
	});

	it('leaves out overrides that no longer fit the catalogue instead of failing', async () => {
		await write((tx) =>
			tx.insert('catalogue', 'catalogue', {
				overrides: {
					'retired-activity': { unit: 'thing' },
					'campaign-brief': { unit: 'brief' }
				},
				version: 1,
				updatedAt: null,
				updatedBy: null
			})
		);
		const catalogue = loadCatalogue();
		const merged = withOverrides(catalogue, {
			'retired-activity': { unit: 'thing' },
			'blog-post-draft': { aiShare: [0.5, 0.1, 0.1, 0.1] },
			'campaign-brief': { unit: 'brief' }
		});
		expect(blog(merged.activities)).toEqual(blog(catalogue.activities));
		expect(merged.activities.find((a) => a.id === 'campaign-brief')?.unit).toBe('brief');
		expect(
			(await workspaceCatalogue()).activities.find((a) => a.id === 'campaign-brief')?.unit
		).toBe('brief');
	});
});
