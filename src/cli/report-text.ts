import { structureLabels } from '$lib/domain/scenario/schema';
import type { SimulationReport } from '$lib/domain/simulation/report';
import { breakdownKeys, type LeadTimeBreakdown } from '$lib/domain/simulation/schema';
import { roles, seats, sensitivity, templates, unresolved } from './detail-text';
import { heading, hours, int, num, pairs, percent, table } from './text';

const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "Quillstone today" and "Legacy functional · 30 seats". */
export function scenarioLines(report: SimulationReport): string[] {
	const { name, structure, seats } = report.scenario;
	const label = structureLabels[structure] ?? structure;
	return [name, `${label} · ${int(seats)} ${seats === 1 ? 'seat' : 'seats'}`];
}

/** Seed, replications, weeks, warm-up, arrivals and whether sensitivity ran, on one line. */
export function runLine(report: SimulationReport): string {
	const r = report.run;
	const warmup = r.warmupWeeks > 0 ? `, first ${value.format(r.warmupWeeks)} left out` : '';
	return [
		`seed ${r.seed}`,
		`${r.replications} ${r.replications === 1 ? 'replication' : 'replications'}`,
		`${value.format(r.weeks)} weeks${warmup}`,
		`${r.arrivals === 'even' ? 'evenly spaced' : 'Poisson'} arrivals`,
		`sensitivity ${r.sensitivity ? 'on' : 'off'}`
	].join(' · ');
}

function leadTime(report: SimulationReport): string[] {
	const { meanHours, p50Hours, p85Hours, p95Hours } = report.overall.leadTime;
	const all = [meanHours, p50Hours, p85Hours, p95Hours];
	const right = { align: 'right' as const };
	if (report.overall.completedItems === 0)
		return [
			...heading('Lead time per item, arrival to done'),
			'  No item finished within the simulated weeks: simulate more weeks or a lighter workload.'
		];
	return [
		...heading('Lead time per item, arrival to done'),
		...table(
			[{ header: '' }, { header: 'mean', ...right }, { header: 'p50', ...right }].concat([
				{ header: 'p85', ...right },
				{ header: 'p95', ...right }
			]),
			[
				['working hours', ...all.map(num)],
				['working days (8 h)', ...all.map((h) => num(h / 8))]
			]
		)
	];
}

/** The parts of the lead time as the report names them. */
export const partLabels: Record<keyof LeadTimeBreakdown, string> = {
	workHours: 'working on it',
	queueHours: 'waiting in a queue',
	handoffWaitHours: 'waiting after a hand-off',
	reviewLatencyHours: 'waiting for review',
	reworkHours: 'rework rounds'
};

function breakdown(report: SimulationReport): string[] {
	if (report.overall.completedItems === 0) return [];
	const b = report.overall.leadTimeBreakdown;
	const total = report.overall.leadTime.meanHours;
	const right = { align: 'right' as const };
	return [
		'',
		...heading('Where the lead time goes (mean per item, along its critical path)'),
		...table(
			[{ header: '' }, { header: 'hours', ...right }, { header: 'days', ...right }].concat({
				header: 'share',
				...right
			}),
			breakdownKeys.map((k) => [
				partLabels[k],
				num(b[k]),
				num(b[k] / 8),
				percent(total > 0 ? b[k] / total : 0)
			])
		)
	];
}

function flow(report: SimulationReport): string[] {
	const o = report.overall;
	return [
		...heading('Flow'),
		...pairs([
			['Throughput', `${num(o.throughputPerWeek)} items per week`],
			['Work in progress', `${num(o.meanWip)} items on average`],
			['Hand-offs', `${num(o.handoffsPerItem)} per item`],
			['Completed', `${num(o.completedItems)} items per replication`],
			['Peak utilisation', percent(report.headline.peakUtilisation)]
		])
	];
}

function handoffTax(report: SimulationReport): string[] {
	const t = report.handoffTax;
	return [
		...heading('Hand-off tax'),
		...pairs([
			[
				'Capacity lost',
				`${hours(t.hours)} per quarter, ${percent(t.shareOfCapacity)} of planned hours`
			],
			['  transfer effort', hours(t.transferHours)],
			['  rework after review', hours(t.reworkHours)],
			[
				'Waiting after hand-offs',
				`${num(t.calendarDaysPerItem)} working days per item (${hours(t.waitHoursPerItem)})`
			],
			['Hand-offs', `${num(t.handoffsPerItem)} per item`]
		])
	];
}

export function reportLines(report: SimulationReport): string[] {
	const sections = [
		[...scenarioLines(report), `Run: ${runLine(report)}`],
		[...leadTime(report), ...breakdown(report)],
		flow(report),
		handoffTax(report),
		templates(report),
		seats(report),
		roles(report),
		sensitivity(report),
		unresolved(report)
	];
	return sections.flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
}
