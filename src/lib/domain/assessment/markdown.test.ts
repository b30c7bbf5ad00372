import { describe, expect, it } from 'vitest';
import { reportToMarkdown } from './markdown';
import { cell, table } from './markdown-table';
import { assess } from './report';
import { activities, defaults, profile, soloStarterSeats } from './testing';

const busy = profile({ audiences: 3, channels: 5, campaignsPerQuarter: 4, salesTeamSize: 8 });
const cases = [
	['an overloaded solo starter', assess(busy, soloStarterSeats, activities, defaults)],
	['one default coordinator', assess(profile(), [], activities, defaults)]
] as const;

/** Cells of a Markdown table row: split on pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;

describe('reportToMarkdown', () => {
	it.each(cases)('writes every section for %s', (_, r) => {
		const md = reportToMarkdown(r, 'Brightmill');
		expect(md.startsWith('# Brightmill\n')).toBe(true);
		for (const heading of [
			'## Profile',
			'## Demand and capacity by area',
			'## Seats',
			'## What a reactive-first week squeezes out',
			'## Can one marketer work here?',
			'## Remedies',
			'## Alternatives',
			'## Leadership questions',
			'## Assumptions'
		])
			expect(md).toContain(heading);
		expect(md).toContain(`Compression ratio **${Number(r.compressionRatio.toFixed(2))}**`);
		for (const c of r.verdict.conditions) expect(md).toContain(`**${c.label}**: ${c.why}`);
		for (const a of r.areas) expect(md).toContain(a.driver);
		for (const q of r.leadership) expect(md).toContain(q.question);
		expect(md).toContain('Protect a planning block');
		expect(md).toContain('Solo + fractional support');
	});

	it.each(cases)('keeps every table row as wide as its header for %s', (_, r) => {
		const lines = reportToMarkdown(r).split('\n');
		lines.forEach((line, i) => {
			if (line.startsWith('|') && lines[i - 1]?.startsWith('|'))
				expect(cells(line), line).toBe(cells(lines[i - 1]!));
		});
	});

	it('says when no scenario seats were given', () => {
		expect(reportToMarkdown(cases[1][1])).toContain('one full-time coordinator');
		expect(reportToMarkdown(cases[0][1])).not.toContain('one full-time coordinator');
	});

	it('escapes pipes and flattens line breaks inside cells', () => {
		expect(cell('a | b\n c')).toBe('a \\| b c');
		expect(table(['x'], [['1|2']])).toEqual(['| x |', '| --- |', '| 1\\|2 |']);
	});
});
