// The tables of one report: templates, seats, role weeks, sensitivity, unresolved steps.
import type { SimulationReport } from '$lib/domain/simulation/report';
import { heading, int, num, percent, signed, table, wrap } from './text';

const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const two = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const right = (header: string) => ({ header, align: 'right' as const });

/** Runs, completions, lead time (working days), throughput and hand-offs per template. */
export function templates(report: SimulationReport): string[] {
	return [
		...heading('Per workflow template (lead time in working days; –: no run finished)'),
		...table(
			[
				{ header: 'Template', maxWidth: 30 },
				right('Runs/qtr'),
				right('Done'),
				right('Mean'),
				right('p50'),
				right('p85'),
				right('p95'),
				right('Per week'),
				right('Hand-offs')
			],
			report.templates.map((t) => [
				t.name,
				num(t.perQuarter),
				num(t.completedItems),
				...[
					t.leadTime.meanHours,
					t.leadTime.p50Hours,
					t.leadTime.p85Hours,
					t.leadTime.p95Hours
				].map((h) => (t.completedItems > 0 ? num(h / 8) : '–')),
				two.format(t.throughputPerWeek),
				num(t.handoffsPerItem)
			])
		)
	];
}

/** Utilisation, queue wait and the split of planned hours, per seat. */
export function seats(report: SimulationReport): string[] {
	return [
		...heading('Per seat (hours in the measured window; wait: mean queue wait, working hours)'),
		...table(
			[
				{ header: 'Seat', maxWidth: 44 },
				right('Util'),
				right('Wait'),
				right('Craft'),
				right('Hand-off'),
				right('Review'),
				right('Rework'),
				right('Idle')
			],
			report.perSeat.map((s) => [
				s.person ? `${s.title} (${s.person})` : s.title,
				percent(s.utilisation),
				num(s.meanQueueWaitHours),
				...[s.hours.craft, s.hours.handoff, s.hours.review, s.hours.rework, s.hours.idle].map(num)
			])
		)
	];
}

/** Hours per person per week by role; the parts sum to contracted hours. */
export function roles(report: SimulationReport): string[] {
	return [
		...heading('Typical week per role (hours per person per week)'),
		...table(
			[
				{ header: 'Role', maxWidth: 30 },
				right('Seats'),
				right('Craft'),
				right('Hand-off'),
				right('Review'),
				right('Rework'),
				right('Idle'),
				right('Outside'),
				right('Total')
			],
			report.roles.map((r) => {
				const w = r.week;
				const parts = [w.craft, w.handoff, w.review, w.rework, w.idle, w.outside];
				return [r.label, int(r.seats), ...parts.map(num), num(parts.reduce((a, b) => a + b, 0))];
			})
		),
		'  Outside: meetings and reactive requests outside planned work.'
	];
}

/** Each assumption at −25% and +25%: the change in mean lead time and hand-off tax. */
export function sensitivity(report: SimulationReport): string[] {
	if (report.sensitivity.length === 0)
		return [...heading('Sensitivity'), '  Not run (run.sensitivity is false).'];
	const base = report.headline;
	const lead = (h: { leadTimeMeanHours: number }) =>
		signed(h.leadTimeMeanHours - base.leadTimeMeanHours);
	const tax = (h: { handoffTaxHours: number }) => signed(h.handoffTaxHours - base.handoffTaxHours);
	const swing = (row: SimulationReport['sensitivity'][number]) =>
		Math.max(
			Math.abs(row.low.leadTimeMeanHours - base.leadTimeMeanHours),
			Math.abs(row.high.leadTimeMeanHours - base.leadTimeMeanHours)
		);
	const rows = [...report.sensitivity].sort((a, b) => swing(b) - swing(a));
	return [
		...heading('Sensitivity (each assumption moved −25% and +25%, largest effect first)'),
		'  Change in mean lead time (working hours) and in hand-off tax (hours per quarter).',
		...table(
			[
				{ header: 'Assumption', maxWidth: 46 },
				right('Base'),
				right('Lead −25%'),
				right('Lead +25%'),
				right('Tax −25%'),
				right('Tax +25%')
			],
			rows.map((row) => [
				row.label,
				value.format(row.base),
				lead(row.low),
				lead(row.high),
				tax(row.low),
				tax(row.high)
			])
		)
	];
}

/** Steps no seat can do, as warning lines. */
export function unresolved(report: SimulationReport): string[] {
	if (report.unresolved.length === 0) return ['Unresolved steps: none; every step has a seat.'];
	const names = new Map(report.templates.map((t) => [t.templateId, t.name]));
	return [
		...heading(`Unresolved steps (${report.unresolved.length}, left out of the simulation)`),
		...report.unresolved.flatMap((u) =>
			wrap(
				`warning: ${names.get(u.templateId) ?? u.templateId}, audience ${u.audienceId}, step ${u.stepId}: ${u.reason}`,
				'  ',
				'    '
			)
		)
	];
}

/** The whole report of one scenario as lines of plain text, sections separated by blank lines. */
