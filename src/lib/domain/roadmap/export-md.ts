import { diffSummary } from './diff';
import type { ExportNames } from './export-csv';
import { flagLabels, type Flag } from './flags';
import type { LaneInput } from './layout';
import { laneKey } from './ownership';
import { isoDate, weekEnd, weekStart } from './quarter';
import { statusLabels, type Initiative, type Quarter, type Review } from './schema';

export interface MarkdownInput {
	quarter: Quarter;
	scenarioName: string;
	lanes: readonly LaneInput[];
	initiatives: readonly Initiative[];
	flags: readonly Flag[];
	reviews: readonly Review[];
	names: ExportNames & { member: (id: string) => string };
}

/** Table cells keep to one line and never end a cell early. */
const cell = (v: string) => v.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const outcome = (i: Initiative) =>
	i.outcome.metric
		? `${i.outcome.metric}: ${i.outcome.baseline ?? '?'} → ${i.outcome.target ?? '?'}${i.outcome.byDate ? ` by ${i.outcome.byDate}` : ''}`
		: '—';

/**
 * The quarter's roadmap as Markdown: one section per lane with a table of its initiatives
 * (weeks and dates, owner, effort in hours/week, outcome, status), the flags with their reasons
 * and the review log, newest first.
 */
export function roadmapToMarkdown(input: MarkdownInput): string {
	const { quarter, names } = input;
	const title = new Map(input.initiatives.map((i) => [i.id, i.title]));
	const out = [`# Roadmap ${quarter}`, '', `Scenario: ${input.scenarioName}`, ''];
	const last = input.reviews.at(-1);
	out.push(
		last
			? `Last revisited ${last.at.slice(0, 10)} by ${names.member(last.byId)}.`
			: 'Not revisited yet.',
		''
	);
	for (const lane of input.lanes) {
		const mine = input.initiatives.filter((i) => laneKey(i.audienceId) === lane.key);
		out.push(`## ${lane.name}`, '');
		if (mine.length === 0) {
			out.push('No initiatives.', '');
			continue;
		}
		out.push(
			'| Initiative | Weeks | Dates | Owner | Effort | Outcome | Depends on | Status |',
			'| --- | --- | --- | --- | --- | --- | --- | --- |'
		);
		for (const i of [...mine].sort((a, b) => a.startWeek - b.startWeek)) {
			const dates = `${isoDate(weekStart(quarter, i.startWeek))} – ${isoDate(weekEnd(quarter, i.endWeek))}`;
			const deps = i.dependsOn.map((d) => title.get(d) ?? d).join(', ') || '—';
			out.push(
				`| ${[i.title, `${i.startWeek}–${i.endWeek}`, dates, names.owner(i.ownerSeatId), `${i.effortHoursPerWeek} h/week`, outcome(i), deps, statusLabels[i.status]].map(cell).join(' | ')} |`
			);
		}
		out.push('');
	}
	out.push('## Flags', '');
	if (input.flags.length === 0) out.push('None.');
	for (const f of input.flags) out.push(`- **${flagLabels[f.kind]}**: ${cell(f.message)}`);
	out.push('', '## Reviews', '');
	if (input.reviews.length === 0) out.push('None yet.');
	for (const r of [...input.reviews].reverse())
		out.push(
			`### ${r.at.slice(0, 10)} by ${names.member(r.byId)} (${diffSummary(r.diff)})`,
			'',
			`- What changed: ${cell(r.note.changed)}`,
			`- Why: ${cell(r.note.why)}`,
			`- What next: ${cell(r.note.next)}`,
			''
		);
	return `${out.join('\n').trimEnd()}\n`;
}
