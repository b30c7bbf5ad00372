import { describe, expect, it } from 'vitest';
import { areas } from '../catalogue/schema';
import { zodIssues } from '../shared/issues';
import { assessmentDefaultsSchema, figureShape, figuresOf } from './defaults';
import { defaults } from './testing';

describe('models/assessment.json', () => {
	it('gives every figure a value, a unit and a graded source note', () => {
		for (const key of Object.keys(figureShape) as (keyof typeof figureShape)[]) {
			const f = defaults.figures[key];
			expect(f.unit.length, key).toBeGreaterThan(0);
			expect(f.source.note.length, key).toBeGreaterThan(20);
		}
	});

	it('labels every figure it did not take from DEFAULTS.md as an assumption, with reasoning', () => {
		for (const [key, f] of Object.entries(defaults.figures))
			if (f.source.grade === 'assumption') expect(f.source.note, key).toMatch(/assumption/i);
	});

	it('sets the defaults the brief names', () => {
		const f = figuresOf(defaults);
		expect(f.targetRatio).toBe(0.85);
		expect(f.minExecutiveAlignment).toBe(4);
	});

	it('names an outcome to agree for every area', () => {
		expect(defaults.areas.map((a) => a.area).sort()).toEqual([...areas].sort());
	});

	it.each([
		[['figures', 'maxChannels', 'value'], -1, 'figures.maxChannels.value', 'must be at least 0'],
		[['figures', 'targetRatio', 'source', 'grade'], 'folklore', 'figures.targetRatio.source.grade'],
		[
			['areas', 3, 'movesTo'],
			undefined,
			'areas[3].accountability',
			'give movesTo and accountability together'
		]
	])('refuses a bad value at %j with its path', (path, value, where, message?: string) => {
		const doc = structuredClone(defaults) as Record<string, unknown>;
		let at = doc as Record<string | number, unknown>;
		for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
		at[path.at(-1)!] = value;
		const r = assessmentDefaultsSchema.safeParse({ version: 1, ...doc });
		expect(r.success).toBe(false);
		const found = zodIssues(r.error!).find((i) => i.path === where);
		expect(found, JSON.stringify(zodIssues(r.error!))).toBeDefined();
		if (message) expect(found!.message).toBe(message);
	});
});
