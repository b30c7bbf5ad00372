import { describe, expect, it } from 'vitest';
import { dashboardOf } from './dashboard';
import { expectedSendBacks, modelFigures } from './dashboard-model';
import { paceChart } from './dashboard-pace';
import { weekdaysBetween } from './dashboard-time';
import { send } from './run-actor';
import type { RunEvent, RunEventRequest } from './run-events';
import type { Run } from './run-schema';
import { landingRun } from './run-testing';
import { runView } from './run-view';

/** The run after `events`, each stamped at its own instant. */
function played(run: Run, events: [string, RunEventRequest][]): Run {
	let snapshot = run.snapshot;
	for (const [at, e] of events) {
		const sent = send(snapshot, { ...e, at, by: 'ada' } as RunEvent);
		if (!sent.ok) throw new Error(`${e.type} refused: ${sent.reason}`);
		snapshot = sent.persisted;
	}
	return { ...run, snapshot };
}

/** Copy sent back once, approved on the second round (Fri → Mon), design moved and done. */
const worked = played(landingRun(), [
	['2026-12-07T09:00:00.000Z', { type: 'RECEIVE_INPUT', input: 'The offer' }],
	['2026-12-07T10:00:00.000Z', { type: 'START', stepId: 'copy' }],
	['2026-12-08T10:00:00.000Z', { type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' }],
	['2026-12-09T10:00:00.000Z', { type: 'REQUEST_CHANGES', stepId: 'copy', note: 'Shorter' }],
	['2026-12-09T14:00:00.000Z', { type: 'START', stepId: 'copy' }],
	['2026-12-11T10:00:00.000Z', { type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' }],
	['2026-12-14T16:00:00.000Z', { type: 'APPROVE', stepId: 'copy', note: '' }],
	[
		'2026-12-14T16:30:00.000Z',
		{ type: 'MOVE_DUE', stepId: 'design', due: '2026-12-16', reason: 'Copy came late' }
	],
	['2026-12-15T09:00:00.000Z', { type: 'START', stepId: 'design' }],
	['2026-12-16T17:00:00.000Z', { type: 'COMPLETE', stepId: 'design' }]
]);
const TODAY = '2026-12-17';

describe('weekdaysBetween', () => {
	it('leaves weekends out and counts 24-hour weekdays', () => {
		expect(weekdaysBetween('2026-12-11T10:00:00.000Z', '2026-12-14T16:00:00.000Z')).toBe(1.25);
		expect(weekdaysBetween('2026-12-08T10:00:00.000Z', '2026-12-09T10:00:00.000Z')).toBe(1);
		expect(weekdaysBetween('2026-12-09T10:00:00.000Z', '2026-12-08T10:00:00.000Z')).toBe(0);
	});
});

describe('the operating dashboard', () => {
	const d = dashboardOf([runView(worked)], TODAY);

	it('measures approval time per round from submitted for review to the decision', () => {
		expect(d.assets).toEqual([
			expect.objectContaining({
				stepId: 'copy',
				rounds: 1,
				decided: 2,
				approvalDays: 1.125,
				reworkDays: 3.25
			})
		]);
		expect(d.reviews).toEqual({
			assets: 1,
			roundsPerAsset: 1,
			decidedRounds: 2,
			approvalDaysPerRound: 1.125,
			reviewWaitDaysPerRun: 2.25,
			reworkDaysPerRun: 3.25
		});
	});

	it('counts planned against completed steps by ISO week, with running totals', () => {
		expect(d.pace).toEqual([
			{ week: '2026-W50', planned: 1, completed: 0, plannedToDate: 1, completedToDate: 0 },
			{ week: '2026-W51', planned: 2, completed: 2, plannedToDate: 3, completedToDate: 2 }
		]);
		const chart = paceChart(d.pace, 400, 100);
		expect(chart.bars).toHaveLength(4);
		expect(chart.top).toBe(2);
		const tallest = chart.bars.filter((b) => b.week === '2026-W51');
		expect(tallest.every((b) => b.h === 100 - 20 - 8)).toBe(true);
	});

	it('lists missed and shifted dates: late work, open work past due, moved deadlines', () => {
		expect(d.slips.map((s) => [s.stepId, s.moves, s.shiftDays, s.doneOn, s.lateDays])).toEqual([
			['copy', 0, 0, '2026-12-14', 3],
			['launch', 0, 0, null, 2],
			['design', 1, 2, '2026-12-16', 0]
		]);
	});

	it('spreads each step’s hours over its weekdays into ISO weeks per owner and audience', () => {
		const copy = d.load.owners.find((o) => o.seatId === 'seat-copy')!;
		const w50 = d.load.weeks.indexOf('2026-W50');
		expect(copy.hours[w50]).toBeCloseTo(8);
		expect(copy.byAudience).toEqual([{ name: 'Mid-market controllers', hours: 8 }]);
		const design = d.load.owners.find((o) => o.seatId === 'seat-design')!;
		expect(design.hours[d.load.weeks.indexOf('2026-W51')]).toBeCloseTo(8);
	});

	it('filters by owner as the board does: their steps, and gates they approve', () => {
		const brand = dashboardOf([runView(worked)], TODAY, { owner: 'brand' });
		expect(brand.assets.map((a) => a.stepId)).toEqual(['copy']);
		expect(brand.pace).toEqual([]);
		const design = dashboardOf([runView(worked)], TODAY, { owner: 'seat-design' });
		expect(design.assets).toEqual([]);
		expect(design.slips.map((s) => s.stepId)).toEqual(['design']);
		expect(dashboardOf([runView(worked)], TODAY, { audience: 'other' }).runs).toBe(0);
	});

	it('sets the runs beside the model for the same template', () => {
		const [model] = modelFigures(
			[
				{
					templateId: 'paid-campaign',
					name: 'Paid campaign',
					leadTime: { meanHours: 160, p85Hours: 200 },
					leadTimeBreakdown: { reviewLatencyHours: 16, reworkHours: 12 }
				}
			],
			{
				reviewLatencyHours: 8,
				reviewHours: 1,
				reworkProbabilityEnd: 0.5,
				reworkProbabilityStart: 0.15,
				maxReviewRounds: 3
			},
			new Map([['paid-campaign', ['end', 'end'] as const]])
		);
		expect(model).toEqual({
			templateId: 'paid-campaign',
			name: 'Paid campaign',
			leadTimeDays: 20,
			leadTimeP85Days: 25,
			reviewWaitDaysPerRun: 2,
			reworkDaysPerRun: 1.5,
			approvalDaysPerRound: 1.125,
			roundsPerAsset: 0.875
		});
		const [row] = dashboardOf([runView(worked)], TODAY, {}, [model!]).templates;
		expect(row).toMatchObject({
			templateId: 'paid-campaign',
			runs: 1,
			finished: 0,
			plannedLeadTimeDays: 7,
			actualLeadTimeDays: null,
			model: { leadTimeDays: 20 }
		});
		expect(row!.actual.approvalDaysPerRound).toBe(1.125);
	});

	it('expects p + p² + … send-backs per gate, capped at the maximum rounds', () => {
		expect(expectedSendBacks(0.5, 3)).toBe(0.875);
		expect(expectedSendBacks(0, 3)).toBe(0);
	});
});
