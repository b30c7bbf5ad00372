import { describe, expect, it } from 'vitest';
import { runComparison } from '$lib/domain/simulation/run';
import { library, starterDesign } from '$lib/domain/simulation/testing';
import { breakdownRows, parts } from './breakdown';

describe('breakdownRows', () => {
	const run = { seed: 3, replications: 2, sensitivity: false };
	const response = runComparison(
		{ scenario: starterDesign('legacy-functional'), run },
		{ scenario: starterDesign('two-tower'), run },
		library
	);
	const b = response.compare!.result;

	it('gives all templates, then each template, a bar per scenario in working days', () => {
		const rows = breakdownRows(response, b);
		expect(rows.length).toBe(2 + 2 * response.templates.length);
		expect(rows.slice(0, 2).map((r) => r.label)).toEqual([
			`A: ${response.scenario.name}`,
			`B: ${b.scenario.name}`
		]);
		expect(rows[0]!.group).toBe('All templates');
		const days = parts.reduce((t, p) => t + (rows[1]!.parts[p] ?? 0), 0);
		expect(days).toBeCloseTo(b.overall.leadTime.meanHours / 8, 6);
		const t = response.templates.find((x) => x.completedItems > 0)!;
		const row = rows.find((r) => r.key === `${t.templateId}-A`)!;
		expect(row.group).toBe(t.name);
		expect(row.parts.workHours).toBeCloseTo(t.leadTimeBreakdown.workHours / 8, 9);
	});

	it('draws only A without a comparison', () => {
		const rows = breakdownRows(response, null);
		expect(rows.every((r) => r.label.startsWith('A: '))).toBe(true);
		expect(rows.length).toBe(1 + response.templates.length);
	});
});
