import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { mapToCsv, mapToMarkdown } from './export';
import { reportOf } from './testing';

describe('exports', () => {
	const overrides = [
		{
			activityId: 'design-asset',
			audienceId: 'procurement',
			seatId: 'senior-designer',
			role: 'R' as const
		}
	];
	const { matrix, checks, health } = reportOf('two-tower', { overrides });

	it('writes one CSV line per row and one column per seat, marking overrides', () => {
		const [head, ...lines] = Papa.parse<string[]>(mapToCsv(matrix)).data;
		expect(head!.slice(0, 4)).toEqual([
			'phase',
			'activity',
			'audience',
			'Chief marketing officer (Dana Okafor)'
		]);
		expect(head).toHaveLength(3 + matrix.seats.length);
		expect(lines).toHaveLength(matrix.rows.length);
		const col = head!.indexOf('Senior designer (Tomás Ribeiro)');
		const line = lines.find(
			(l) => l[1] === 'Design asset' && l[2] === 'Procurement and spend owners'
		)!;
		expect(line[col]).toBe('R (override)');
		expect(line[head!.indexOf('Brand custodian (Ingrid Halvorsen)')]).toBe('C (start)');
	});

	it('writes Markdown with a table per phase, the checks and the health scores', () => {
		const md = mapToMarkdown(matrix, checks, health, 'Quillstone in two towers');
		expect(md).toMatch(/^# Accountability map: Quillstone in two towers\n/);
		expect(md).toContain('## Strategy\n');
		expect(md).toContain('Senior designer (Tomás Ribeiro)*');
		expect(md).toContain('- Passed: Exactly one A per activity and audience');
		expect(md).toContain('| Attribution breakdown | 0 |');
	});
});
