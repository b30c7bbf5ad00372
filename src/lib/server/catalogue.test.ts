import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { areas, covers, requiredSources } from '$lib/domain/catalogue/schema';
import { mergeOverrides } from '$lib/domain/catalogue/overrides';
import { loadCatalogue } from './catalogue';
import { ModelError } from './models';

describe('the shipped catalogue', () => {
	const catalogue = loadCatalogue();

	it('holds at least 25 activities covering all eleven areas', () => {
		expect(catalogue.activities.length).toBeGreaterThanOrEqual(25);
		expect(new Set(catalogue.activities.map((a) => a.area))).toEqual(new Set(areas));
	});

	it('has both audience-specific and cross-audience work', () => {
		const scopes = new Set(catalogue.activities.map((a) => a.scope));
		expect(scopes).toEqual(new Set(['audience', 'cross-audience']));
	});

	it.each(loadCatalogue().activities.map((a) => [a.id, a] as const))(
		'%s has a source note for every figure it carries',
		(_, activity) => {
			const fields = [...requiredSources, ...(activity.drivers ? ['drivers'] : [])];
			for (const field of fields)
				expect(
					activity.sources.some((s) => covers(s, field)),
					field
				).toBe(true);
		}
	);

	it('cites the Orbit Media blog figure with its grade', () => {
		const blog = catalogue.activities.find((a) => a.id === 'blog-post-draft')!;
		expect(blog.effortHours).toMatchObject({ kind: 'lognormal', medianHours: 3.8 });
		const note = blog.sources.find((s) => covers(s, 'effortHours') && s.grade === 'medium');
		expect(note?.note).toContain('Orbit Media');
	});

	it('grades every note without a published figure as an assumption', () => {
		const graded = catalogue.activities
			.flatMap((a) => a.sources)
			.filter((s) => s.grade !== 'assumption');
		expect(
			graded.every((s) => /Orbit Media|inMotionNow|Workfront|Microsoft|Asana/.test(s.note))
		).toBe(true);
	});

	it('returns a copy that overrides can be merged into', () => {
		const merged = mergeOverrides(loadCatalogue(), { 'blog-post-draft': { unit: 'article' } });
		expect(merged.activities.find((a) => a.id === 'blog-post-draft')?.unit).toBe('article');
		expect(loadCatalogue().activities.find((a) => a.id === 'blog-post-draft')?.unit).toBe(
			'blog post'
		);
	});
});

describe('a damaged catalogue', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	const copy = (edit: (json: { activities: Record<string, unknown>[] }) => void) => {
		const dir = mkdtempSync(join(tmpdir(), 'orgcraft-catalogue-'));
		dirs.push(dir);
		const file = join(dir, 'activities.json');
		cpSync(join(process.cwd(), 'models', 'activities.json'), file);
		const json = JSON.parse(readFileSync(file, 'utf8'));
		edit(json);
		writeFileSync(file, JSON.stringify(json));
		return { dir, file };
	};

	const errorOf = (dir: string) => {
		try {
			loadCatalogue(dir);
		} catch (err) {
			expect(err).toBeInstanceOf(ModelError);
			return err as ModelError;
		}
		throw new Error('expected the catalogue to be refused');
	};

	it('names the file and the field path of a p90 below the median', () => {
		const { dir, file } = copy((json) => {
			json.activities[3]!.effortHours = { kind: 'lognormal', medianHours: 5, p90Hours: 4 };
		});
		const err = errorOf(dir);
		expect(err.issues).toEqual([
			{ file, path: 'activities[3].effortHours.p90Hours', message: 'must be above medianHours' }
		]);
		expect(err.message).toBe(
			`${file}: activities[3].effortHours.p90Hours: must be above medianHours`
		);
	});

	it('names a duplicate id and a missing source note', () => {
		const { dir } = copy((json) => {
			json.activities[1]!.id = json.activities[0]!.id;
			json.activities[2]!.sources = (json.activities[2]!.sources as { field: string }[]).filter(
				(s) => !s.field.startsWith('aiShare')
			);
		});
		expect(errorOf(dir).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
			'activities[2].sources: expected a note for aiShare',
			`activities[1].id: duplicates the id "quarterly-planning" of activities[0]`
		]);
	});

	it('reports a missing file and invalid JSON', () => {
		const empty = mkdtempSync(join(tmpdir(), 'orgcraft-catalogue-'));
		dirs.push(empty);
		expect(errorOf(empty).issues[0]?.message).toBe('file not found');
		writeFileSync(join(empty, 'activities.json'), '{ not json');
		expect(errorOf(empty).issues[0]?.message).toMatch(/^expected valid JSON \(/);
	});
});
