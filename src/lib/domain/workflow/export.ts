import ical from 'ical-generator';
import Papa from 'papaparse';
import type { RunView, StepView } from './run-view';

export const exportFormats = ['csv', 'md', 'ics'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The CSV columns Asana's and ClickUp's importers map: task, description, assignee, due, section, dependencies. */
export const csvHeader = [
	'Name',
	'Description',
	'Assignee Email',
	'Due Date',
	'Section/Column',
	'Dependencies'
] as const;

const description = (s: StepView) =>
	[
		`Owner: ${s.owner.label}.`,
		`Planned ${s.start} to ${s.due} (${s.durationDays} working days).`,
		s.gate
			? `Review gate: ${s.gate.approver.label} approves the ${s.gate.approves} (${s.gate.checklist.join('; ')}) by ${s.gate.feedbackDue}.`
			: ''
	]
		.filter(Boolean)
		.join(' ');

const phaseName = (phase: string) => phase[0]!.toUpperCase() + phase.slice(1);

/** The run as a CSV that Asana and ClickUp import: one task per step, sections by phase. */
export function runToCsv(run: RunView): string {
	const names = new Map(run.steps.map((s) => [s.id, s.name]));
	const rows = run.steps.map((s) => [
		s.name,
		description(s),
		s.owner.email ?? '',
		s.due,
		phaseName(s.phase),
		s.dependsOn.map((d) => names.get(d) ?? d).join(', ')
	]);
	return Papa.unparse([[...csvHeader], ...rows], { newline: '\r\n', escapeFormulae: true });
}

/** The run as a Markdown checklist by phase, with owners, due dates and review gates. */
export function runToMarkdown(run: RunView): string {
	const b = run.brief;
	const out = [
		`# ${b.campaignName}`,
		'',
		`${run.templateName} for ${run.audienceName}${b.client ? ` (${b.client})` : ''}. Launch ${b.launchDate}; due ${b.dueDate}.`,
		'',
		`- Objective: ${b.objective}`,
		`- Channel: ${b.channel}`,
		`- Deliverables: ${b.deliverables.join('; ')}`,
		`- Internal owner: ${run.internalOwner.label}`,
		`- Required inputs: ${run.inputs.map((i) => `${i.name} (by ${i.dueDate}${i.received ? ', received' : ''})`).join('; ')}`,
		...(b.constraints ? [`- Constraints: ${b.constraints}`] : [])
	];
	for (const p of run.phases) {
		out.push('', `## ${phaseName(p.phase)} (accountable: ${p.accountable.label})`, '');
		for (const s of run.steps.filter((s) => s.phase === p.phase)) {
			const gate = s.gate
				? ` · review: ${s.gate.approver.label} approves the ${s.gate.approves}`
				: '';
			out.push(
				`- [${s.status === 'done' ? 'x' : ' '}] ${s.name} — ${s.owner.label}, due ${s.due}${gate}`
			);
		}
	}
	return out.join('\n') + '\n';
}

/** Noon UTC of a YYYY-MM-DD date, so an all-day event keeps its day in nearby time zones. */
const day = (date: string, plusDays = 0) => {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + plusDays, 12));
};

/** The run's milestones as iCalendar all-day events: review deadlines, phase ends and the launch. */
export function runToIcs(run: RunView): string {
	const calendar = ical({
		name: run.brief.campaignName,
		prodId: { company: 'Orgcraft', product: 'workflows' }
	});
	const add = (key: string, date: string, summary: string, text: string) =>
		calendar.createEvent({
			id: `${run.id}-${key}@orgcraft`,
			start: day(date),
			end: day(date, 1),
			allDay: true,
			summary,
			description: text
		});
	for (const s of run.steps.filter((s) => s.gate))
		add(`review-${s.id}`, s.gate!.feedbackDue, `Review due: ${s.name}`, description(s));
	for (const p of run.phases) {
		const last = run.steps
			.filter((s) => s.phase === p.phase)
			.map((s) => s.due)
			.sort()
			.at(-1);
		if (last)
			add(
				`phase-${p.phase}`,
				last,
				`${phaseName(p.phase)} phase ends`,
				`Accountable: ${p.accountable.label}.`
			);
	}
	add(
		'launch',
		run.brief.launchDate,
		`Launch: ${run.brief.campaignName}`,
		`${run.templateName} for ${run.audienceName}.`
	);
	return calendar.toString();
}
