import Papa from 'papaparse';
import { table } from '../assessment/markdown-table';
import { rowGroups as phases } from './schema';
import { checkLabels, type CheckResult } from './checks';
import { patternLabels, type Finding } from './health';
import type { AccountabilityMap, Cell, Row } from './schema';

const cellText = (c: Cell | undefined) =>
	c
		? `${c.role}${c.role === 'C' && c.timing ? ` (${c.timing})` : ''}${c.overridden ? ' (override)' : ''}`
		: '';

const seatLabel = (s: AccountabilityMap['seats'][number]) =>
	s.personName ? `${s.title} (${s.personName})` : s.title;

const audienceName = (map: AccountabilityMap, id: string | null) =>
	id === null ? 'All audiences' : (map.audiences.find((a) => a.id === id)?.name ?? id);

/**
 * The matrix as CSV for a spreadsheet: one line per row (phase, activity, audience) and one
 * column per seat holding its role, `C (start)` or `C (end)` for consultation, and
 * ` (override)` where a user set the cell.
 */
export function mapToCsv(map: AccountabilityMap, rows: readonly Row[] = map.rows): string {
	const head = ['phase', 'activity', 'audience', ...map.seats.map(seatLabel)];
	const body = rows.map((r) => [
		r.phase,
		r.activityName,
		audienceName(map, r.audienceId),
		...map.seats.map((s) => cellText(r.cells.find((c) => c.seatId === s.id)))
	]);
	return Papa.unparse([head, ...body], { newline: '\n' });
}

/** The map, its checks and the health check as Markdown: one table per phase, names per role. */
export function mapToMarkdown(
	map: AccountabilityMap,
	checks: readonly CheckResult[],
	health: readonly Finding[],
	title: string
): string {
	const seat = new Map(map.seats.map((s) => [s.id, seatLabel(s)]));
	const names = (r: Row, test: (c: Cell) => boolean) =>
		r.cells
			.filter(test)
			.map((c) => `${seat.get(c.seatId) ?? c.seatId}${c.overridden ? '*' : ''}`)
			.join(', ');
	const lines = [`# Accountability map: ${title}`, ''];
	lines.push(
		'R does the work, A owns the outcome (one per row), C is consulted, I is informed. * marks a cell set by hand.',
		''
	);
	for (const phase of phases) {
		const rows = map.rows.filter((r) => r.phase === phase);
		if (rows.length === 0) continue;
		lines.push(`## ${phase.charAt(0).toUpperCase()}${phase.slice(1)}`, '');
		lines.push(
			...table(
				['Activity', 'Audience', 'A', 'R', 'C', 'I'],
				rows.map((r) => [
					r.activityName,
					audienceName(map, r.audienceId),
					names(r, (c) => c.role === 'A' || c.role === 'A/R'),
					names(r, (c) => c.role === 'R' || c.role === 'A/R'),
					names(r, (c) => c.role === 'C'),
					names(r, (c) => c.role === 'I')
				])
			),
			''
		);
	}
	lines.push('## Checks', '');
	for (const c of checks) {
		lines.push(`- ${c.ok ? 'Passed' : 'Failed'}: ${checkLabels[c.id]}`);
		for (const r of c.rows) lines.push(`  - ${r.message}`);
	}
	lines.push('', '## Operating-model health', '');
	lines.push(
		...table(
			['Pattern', 'Score', 'Why'],
			health.map((f) => [
				patternLabels[f.pattern],
				`${f.score}${f.flagged ? ' (present)' : ''}`,
				f.explanation
			])
		),
		''
	);
	return lines.join('\n');
}
