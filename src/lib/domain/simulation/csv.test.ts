import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { profile } from '../assessment/testing';
import { reportCsvColumns, reportToCsv } from './csv';
import type { SeatResult, SimulationReport, SimulationResponse } from './report';
import type { FlowStats } from './schema';

const flow = (meanHours: number): FlowStats => ({
	leadTime: { meanHours, p50Hours: meanHours * 0.8, p85Hours: meanHours * 1.4, p95Hours: 100 },
	leadTimeBreakdown: {
		workHours: meanHours * 0.4,
		queueHours: meanHours * 0.1,
		handoffWaitHours: meanHours * 0.3,
		reviewLatencyHours: meanHours * 0.15,
		reworkHours: meanHours * 0.05
	},
	throughputPerWeek: 1.5,
	meanWip: 3.25,
	handoffsPerItem: 4,
	completedItems: 19,
	handoffWaitHoursPerItem: 12.5
});

const seat = (seatId: string, title: string, person: string | null): SeatResult => ({
	seatId,
	title,
	person,
	kind: 'specialist',
	craft: 'design',
	stationId: seatId,
	utilisation: 0.62,
	meanQueueWaitHours: 5.5,
	availableHours: 260,
	outsideHours: 260,
	hours: { craft: 120, handoff: 20, review: 10, rework: 11.25, idle: 98.75 },
	leadTimeBreakdown: {
		workHours: 3,
		queueHours: 1,
		handoffWaitHours: 2,
		reviewLatencyHours: 0.5,
		reworkHours: 0.25
	}
});

const report = (name: string, seats: SeatResult[]): SimulationReport => ({
	scenario: { name, structure: 'functional', seats: seats.length },
	run: {
		seed: 1,
		replications: 3,
		weeks: 13,
		warmupWeeks: 0,
		arrivals: 'poisson',
		sensitivity: false
	},
	profile: { profile: profile(), source: 'default' },
	assumptions: {
		handoffHours: 0.5,
		reviewHours: 1,
		reviewLatencyHours: 8,
		reworkProbabilityEnd: 0.5,
		reworkProbabilityStart: 0.15,
		reworkShare: 0.3,
		aiReviewShare: 0.25,
		volumeScale: 1,
		effortScale: 1,
		focusScale: 1
	},
	overall: flow(40),
	unfinishedItems: 0,
	templates: [
		{ ...flow(56.123456), templateId: 'paid-campaign', name: 'Paid campaign', perQuarter: 4 }
	],
	perSeat: seats,
	handoffTax: {
		transferHours: 30,
		reworkHours: 11.25,
		hours: 41.25,
		shareOfCapacity: 0.08,
		waitHoursPerItem: 16,
		calendarDaysPerItem: 2,
		handoffsPerItem: 4
	},
	roles: [],
	headline: { leadTimeMeanHours: 40, handoffTaxHours: 41.25, peakUtilisation: 0.62 },
	unresolved: [],
	sensitivity: []
});

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true });

describe('reportToCsv', () => {
	const base = report('Today, functional', [
		seat('designer', 'Senior designer', 'Ana "Red" Lee'),
		seat('web', '=HYPERLINK("x")', null)
	]);
	const response: SimulationResponse = {
		...base,
		compare: {
			result: report('Two towers', [seat('gtm', 'GTM marketer', 'Bo Li')]),
			differences: {
				leadTimeHoursReclaimed: 10,
				leadTimeDaysReclaimed: 1.25,
				capacityHoursReclaimed: 5,
				handoffDaysReclaimed: 0.5,
				handoffsPerItemReduced: 1,
				throughputPerWeekGained: 0,
				explanation: {
					sentence: 'Two towers is 1.3 working days faster per item than Today, functional.',
					part: null,
					partChangeHours: 0,
					roles: []
				}
			}
		}
	};

	it('writes seat, template and overall rows for both scenarios, read back field for field', () => {
		const parsed = parse(reportToCsv(response));
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...reportCsvColumns]);
		expect(parsed.data.map((r) => `${r.side}/${r.record}/${r.id}`)).toEqual([
			'base/seat/designer',
			'base/seat/web',
			'base/template/paid-campaign',
			'base/overall/overall',
			'compare/seat/gtm',
			'compare/template/paid-campaign',
			'compare/overall/overall'
		]);
		expect(parsed.data[0]).toMatchObject({
			scenario: 'Today, functional',
			name: 'Senior designer',
			person: 'Ana "Red" Lee',
			available_hours: '260',
			craft_hours: '120',
			handoff_hours: '20',
			review_hours: '10',
			rework_hours: '11.25',
			idle_hours: '98.75',
			outside_hours: '260',
			utilisation: '0.62',
			mean_queue_wait_hours: '5.5',
			lead_time_mean_hours: ''
		});
		expect(parsed.data[2]).toMatchObject({
			name: 'Paid campaign',
			per_quarter: '4',
			lead_time_mean_hours: '56.1235',
			lead_time_p95_hours: '100',
			completed_items: '19',
			handoff_wait_hours_per_item: '12.5',
			lead_time_handoff_wait_hours: '16.837',
			craft_hours: ''
		});
		expect(parsed.data[4]).toMatchObject({ scenario: 'Two towers', person: 'Bo Li' });
	});

	it('neutralises cells a spreadsheet would run as a formula', () => {
		expect(parse(reportToCsv(base)).data[1]!.name).toBe(`'=HYPERLINK("x")`);
	});

	it('has no compare rows without a comparison', () => {
		const rows = parse(reportToCsv(base)).data;
		expect(rows).toHaveLength(4);
		expect(rows.every((r) => r.side === 'base')).toBe(true);
	});
});
