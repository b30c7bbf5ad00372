import { areaLabels } from '../catalogue/schema';
import { fmt } from './drivers';
import { remedyLines } from './markdown-remedies';
import { h, table } from './markdown-table';
import type { Report } from './report';

const ratio = (n: number) => fmt(n, 2);
const money = (n: number) => fmt(n, 0);
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function profileLines(r: Report): string[] {
	const p = r.profile;
	return table(
		['Audiences', 'Products', 'Channels', 'Regions', 'Campaigns/quarter', 'Events/year'],
		[[p.audiences, p.products, p.channels, p.regions, p.campaignsPerQuarter, p.eventsPerYear]]
	).concat(
		'',
		table(
			[
				'Sales team',
				'Growth target',
				'AI level',
				'Exec alignment',
				'Strategy written',
				'Focused goals'
			],
			[
				[
					p.salesTeamSize,
					`${p.growthTargetPct}%`,
					p.aiTools,
					`${p.executiveAlignment}/5`,
					yesNo(p.strategyDocumented),
					yesNo(p.focusedGoals)
				]
			]
		)
	);
}

function areaLines(r: Report): string[] {
	return table(
		['Area', 'Demand h/week', 'Capacity h/week', 'Ratio', 'Driver', 'Source'],
		[
			...r.areas.map((a) => [
				a.label,
				fmt(a.demandHoursPerWeek),
				fmt(a.capacityHoursPerWeek),
				ratio(a.ratio),
				a.driver,
				a.source
			]),
			['Urgent requests', fmt(r.urgent.hoursPerWeek), '', '', r.urgent.driver, r.urgent.source]
		]
	);
}

function squeezeLines(r: Report): string[] {
	const p = r.planning;
	return [
		...table(
			['Step (served in this order)', 'Asks h/week', 'Gets h/week', 'Squeezed out h/week'],
			p.squeeze.map((s) => [
				s.label,
				fmt(s.demandHoursPerWeek),
				fmt(s.servedHoursPerWeek),
				fmt(s.droppedHoursPerWeek)
			])
		),
		'',
		`Planning that survives: **${h(p.survivingHoursPerWeek)} a week** against a protected minimum of ` +
			`${h(p.protectedMinimumHoursPerWeek)}` +
			(p.shortfallHoursPerWeek > 0 ? ` (short by ${h(p.shortfallHoursPerWeek)}).` : '.')
	];
}

/** The report as Markdown for export: figures rounded for reading, every driver and source kept. */
export function reportToMarkdown(r: Report, title = 'Capacity assessment'): string {
	const v = r.verdict;
	const lines = [
		`# ${title}`,
		'',
		`Compression ratio **${ratio(r.compressionRatio)}**: ${h(r.demandHoursPerWeek)} of demand a week ` +
			`against ${h(r.capacityHoursPerWeek)} of planned capacity (sustainable: ${ratio(r.targetRatio)}). ` +
			`One marketer ${v.viable ? '**can**' : '**cannot**'} work here as things stand.`,
		...(r.staffing === 'default-coordinator'
			? ['', '_No scenario seats: assessed against one full-time coordinator._']
			: []),
		'',
		'## Profile',
		'',
		...profileLines(r),
		'',
		'## Demand and capacity by area',
		'',
		...areaLines(r),
		'',
		'## Seats',
		'',
		...table(
			['Seat', 'Capacity h/week', 'Demand h/week', 'Ratio'],
			r.seats.map((s) => [
				s.title,
				fmt(s.capacityHoursPerWeek),
				fmt(s.demandHoursPerWeek),
				ratio(s.ratio)
			])
		),
		'',
		'## What a reactive-first week squeezes out',
		'',
		...squeezeLines(r),
		'',
		'## Can one marketer work here?',
		'',
		...v.conditions.map((c) => `- ${c.met ? '✓' : '✗'} **${c.label}**: ${c.why}`),
		'',
		'## Remedies',
		'',
		...remedyLines(r),
		'',
		'## Alternatives',
		'',
		...table(
			['Option', 'Staffing', 'Ratio', 'Planning h/week', 'Initiatives at once', 'Cost per year'],
			r.alternatives.map((a) => [
				a.label,
				a.staffing,
				ratio(a.compressionRatio),
				fmt(a.planningHoursPerWeek),
				a.concurrentInitiativeLimit,
				money(a.costPerYear)
			])
		),
		'',
		'## Leadership questions',
		'',
		...r.leadership.map((q) => `- **${q.question}** ${q.answer}. ${q.why}`),
		'',
		'## Assumptions',
		'',
		...table(
			['Figure', 'Value', 'Unit', 'Grade', 'Source'],
			r.assumptions.map((a) => [a.label, a.value, a.unit, a.grade, a.note])
		),
		...(r.teamWorkLeftOut.length > 0
			? [
					'',
					'Not counted because one person carries the function (work that exists to ' +
						`coordinate a team): ${r.teamWorkLeftOut.join(', ')}.`
				]
			: []),
		...(r.undriven.length > 0
			? [
					'',
					`Not counted (no driver in the catalogue): ${r.undriven
						.map((u) => `${u.activityId} (${areaLabels[u.area]})`)
						.join(', ')}.`
				]
			: [])
	];
	return lines.join('\n') + '\n';
}
