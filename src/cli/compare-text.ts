import { structureLabels } from '$lib/domain/scenario/schema';
import type { Differences, SimulationReport } from '$lib/domain/simulation/report';
import { breakdownKeys } from '$lib/domain/simulation/schema';
import { partLabels, reportLines, runLine } from './report-text';
import {
	HOURS_PER_DAY,
	heading,
	hours,
	int,
	num,
	pairs,
	percent,
	signed,
	table,
	wrap
} from './text';

/** Names of the two inputs as the user typed them, for the legend. */
export interface ComparedFiles {
	base: string;
	compared: string;
}

/** Contracted hours of one full-time person in a quarter: 13 weeks of 40 h. */
const QUARTER_HOURS = 13 * 40;

type Row = [label: string, base: string, compared: string, change: string];

function figure(
	label: string,
	a: number,
	b: number,
	format: (v: number) => string = num,
	change: (v: number) => string = (v) => signed(v, format)
): Row {
	return [label, format(a), format(b), change(b - a)];
}

function sideBySide(a: SimulationReport, b: SimulationReport): string[] {
	const structure = (r: SimulationReport) =>
		structureLabels[r.scenario.structure] ?? r.scenario.structure;
	const day = (h: number) => num(h / HOURS_PER_DAY);
	const pts = (share: number) => `${signed(share * 100)} pts`;
	const la = a.overall.leadTime;
	const lb = b.overall.leadTime;
	const rows: Row[] = [
		['Structure', structure(a), structure(b), ''],
		figure('Seats', a.scenario.seats, b.scenario.seats, int),
		figure('Lead time, mean (working days)', la.meanHours, lb.meanHours, day),
		figure('Lead time, p50 (working days)', la.p50Hours, lb.p50Hours, day),
		figure('Lead time, p85 (working days)', la.p85Hours, lb.p85Hours, day),
		figure('Lead time, p95 (working days)', la.p95Hours, lb.p95Hours, day),
		...breakdownKeys.map((k) =>
			figure(
				`  ${partLabels[k]} (days)`,
				a.overall.leadTimeBreakdown[k],
				b.overall.leadTimeBreakdown[k],
				day
			)
		),
		figure('Throughput (items per week)', a.overall.throughputPerWeek, b.overall.throughputPerWeek),
		figure('Work in progress (items)', a.overall.meanWip, b.overall.meanWip),
		figure('Hand-offs per item', a.handoffTax.handoffsPerItem, b.handoffTax.handoffsPerItem),
		figure('Hand-off tax (h per quarter)', a.handoffTax.hours, b.handoffTax.hours),
		figure(
			'  share of planned hours',
			a.handoffTax.shareOfCapacity,
			b.handoffTax.shareOfCapacity,
			percent,
			pts
		),
		figure(
			'Wait after hand-offs (days/item)',
			a.handoffTax.calendarDaysPerItem,
			b.handoffTax.calendarDaysPerItem
		),
		figure(
			'Peak utilisation',
			a.headline.peakUtilisation,
			b.headline.peakUtilisation,
			percent,
			pts
		),
		figure('Unresolved steps', a.unresolved.length, b.unresolved.length, int)
	];
	const right = (header: string) => ({ header, align: 'right' as const });
	return [
		...heading('Side by side'),
		...table(
			[{ header: '' }, right('Base'), right('Compared'), right('Change')],
			rows.map((r) => [...r])
		)
	];
}

/** Differences as a CMO reads them: what the compared design saves (+) or costs (−). */
function reclaimed(d: Differences): string[] {
	const rows: [string, string, string][] = [
		[
			'Calendar time',
			signed(d.leadTimeDaysReclaimed),
			`working days of lead time per item (${signed(d.leadTimeHoursReclaimed, hours)})`
		],
		[
			'Capacity',
			signed(d.capacityHoursReclaimed),
			`h of hand-off tax per quarter (${signed(d.capacityHoursReclaimed / QUARTER_HOURS)} full-time people at 40 h a week)`
		],
		['Hand-off waiting', signed(d.handoffDaysReclaimed), 'working days per item'],
		['Hand-offs', signed(d.handoffsPerItemReduced), 'hand-offs per item'],
		['Throughput', signed(d.throughputPerWeekGained), 'items per week']
	];
	const width = Math.max(...rows.map((r) => r[1].length));
	return [
		...heading('What the compared design reclaims (+: saved or gained, −: lost)'),
		...pairs(rows.map(([label, figure, unit]) => [label, `${figure.padStart(width)} ${unit}`]))
	];
}

function templateChanges(a: SimulationReport, b: SimulationReport): string[] {
	const other = new Map(b.templates.map((t) => [t.templateId, t]));
	const ids = [...a.templates.map((t) => t.templateId)];
	for (const t of b.templates) if (!ids.includes(t.templateId)) ids.push(t.templateId);
	const mine = new Map(a.templates.map((t) => [t.templateId, t]));
	const day = (h: number | undefined) => (h === undefined ? '–' : num(h / HOURS_PER_DAY));
	const right = (header: string) => ({ header, align: 'right' as const });
	return [
		...heading('Mean lead time per template (working days; –: no run finished)'),
		...table(
			[
				{ header: 'Template', maxWidth: 34 },
				right('Base'),
				right('Compared'),
				right('Change'),
				right('Hand-offs base'),
				right('compared')
			],
			ids.map((id) => {
				const ta = mine.get(id);
				const tb = other.get(id);
				// A template none of whose runs finished has no lead time.
				const ma = ta?.completedItems ? ta.leadTime.meanHours : undefined;
				const mb = tb?.completedItems ? tb.leadTime.meanHours : undefined;
				return [
					(ta ?? tb)?.name ?? id,
					day(ma),
					day(mb),
					ma === undefined || mb === undefined ? '–' : signed((mb - ma) / HOURS_PER_DAY),
					ta ? num(ta.handoffsPerItem) : '–',
					tb ? num(tb.handoffsPerItem) : '–'
				];
			})
		)
	];
}

/**
 * Two scenarios side by side, the differences, then each full report. `files` are the inputs'
 * names as typed, so the reader knows which file is the base.
 */
export function comparisonLines(
	base: SimulationReport,
	compared: SimulationReport,
	differences: Differences,
	files: ComparedFiles
): string[] {
	const detail = (title: string, report: SimulationReport) => [
		'',
		'═'.repeat(title.length),
		title,
		'═'.repeat(title.length),
		'',
		...reportLines(report)
	];
	return [
		`Base:     ${base.scenario.name} (${files.base})`,
		`Compared: ${compared.scenario.name} (${files.compared})`,
		...(runLine(base) === runLine(compared)
			? [`Run:      ${runLine(base)}`]
			: [`Run:      ${runLine(base)} (base)`, `          ${runLine(compared)} (compared)`]),
		'',
		...heading('Why the lead time changes'),
		...wrap(differences.explanation.sentence, '  '),
		'',
		...sideBySide(base, compared),
		'',
		...reclaimed(differences),
		'',
		...templateChanges(base, compared),
		...detail(`Base in detail: ${base.scenario.name}`, base),
		...detail(`Compared in detail: ${compared.scenario.name}`, compared)
	];
}
