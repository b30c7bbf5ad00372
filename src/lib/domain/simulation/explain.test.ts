import { describe, expect, it } from 'vitest';
import { explainLeadTime, partPhrases, roleOf } from './explain';
import type { SeatResult, SimulationReport } from './report';
import { runComparison } from './run';
import type { LeadTimeBreakdown } from './schema';
import { breakdownKeys } from './schema';
import { library, starterDesign } from './testing';

const zero: LeadTimeBreakdown = {
	workHours: 0,
	queueHours: 0,
	handoffWaitHours: 0,
	reviewLatencyHours: 0,
	reworkHours: 0
};

const seat = (
	seatId: string,
	title: string,
	utilisation: number,
	parts: Partial<LeadTimeBreakdown>
): SeatResult => ({
	seatId,
	title,
	person: null,
	kind: 'specialist',
	craft: null,
	stationId: seatId,
	utilisation,
	meanQueueWaitHours: 0,
	availableHours: 400,
	outsideHours: 100,
	hours: { craft: 0, handoff: 0, review: 0, rework: 0, idle: 400 },
	leadTimeBreakdown: { ...zero, ...parts }
});

/** A report whose overall breakdown is the sum of its seats' shares, as the engine gives it. */
function report(name: string, seats: SeatResult[], completedItems = 20): SimulationReport {
	const overall = { ...zero };
	for (const s of seats) for (const k of breakdownKeys) overall[k] += s.leadTimeBreakdown[k];
	const meanHours = breakdownKeys.reduce((t, k) => t + overall[k], 0);
	return {
		scenario: { name, structure: 'functional', seats: seats.length },
		overall: {
			leadTime: { meanHours, p50Hours: meanHours, p85Hours: meanHours, p95Hours: meanHours },
			leadTimeBreakdown: overall,
			throughputPerWeek: 1,
			meanWip: 1,
			handoffsPerItem: 1,
			completedItems,
			handoffWaitHoursPerItem: 0
		},
		perSeat: seats
	} as SimulationReport;
}

describe('explainLeadTime', () => {
	it('names the part that grew most and the seats behind it, with their utilisation', () => {
		const base = report('Today', [
			seat('d', 'Designer', 0.5, { workHours: 40, queueHours: 8 }),
			seat('w', 'Writer', 0.5, { workHours: 40, handoffWaitHours: 16 })
		]);
		const other = report('Towers', [
			seat('g1', 'GTM marketer, enterprise', 0.96, { workHours: 60, queueHours: 40 }),
			seat('g2', 'GTM marketer, mid-market', 0.94, { workHours: 20, queueHours: 40 }),
			seat('d', 'Designer', 0.2, { handoffWaitHours: 4 })
		]);
		const e = explainLeadTime(base, other);
		expect(e.part).toBe('queueHours');
		expect(e.partChangeHours).toBeCloseTo(72);
		expect(e.roles[0]).toMatchObject({ role: 'GTM marketer', seats: 2, changeHours: 80 });
		expect(e.roles[0]!.utilisationCompared).toBeCloseTo(0.95);
		// 60 h (7.5 days) slower; queueing +72 h (9 days), 80 h (10 days) at the GTM marketers.
		expect(e.sentence).toBe(
			'Towers is 7.5 working days slower per item than Today, mostly from more queueing ' +
				'(+9.0 days): GTM marketers at 95% utilisation add 10.0 days of it.'
		);
	});

	it('explains a faster design by the part that fell most and where it fell', () => {
		const base = report('Today', [
			seat('d', 'Senior designer', 0.91, { workHours: 40, handoffWaitHours: 48 }),
			seat('w', 'Writer', 0.5, { workHours: 40, handoffWaitHours: 8 })
		]);
		const other = report('Towers', [
			seat('d', 'Senior designer', 0.6, { workHours: 44, handoffWaitHours: 8 }),
			seat('w', 'Writer', 0.5, { workHours: 40, handoffWaitHours: 8 })
		]);
		const e = explainLeadTime(base, other);
		expect(e.part).toBe('handoffWaitHours');
		expect(e.sentence).toBe(
			'Towers is 4.5 working days faster per item than Today, mostly from less waiting after ' +
				'hand-offs (−5.0 days): 5.0 days of it go at the Senior designer (91% utilisation ' +
				'before, 60% after).'
		);
	});

	it('says when the lead times match or cannot be compared', () => {
		const a = report('A', [seat('d', 'Designer', 0.5, { workHours: 40 })]);
		const b = report('B', [seat('d', 'Designer', 0.5, { workHours: 40.5 })]);
		expect(explainLeadTime(a, b)).toMatchObject({ part: null, roles: [] });
		expect(explainLeadTime(a, b).sentence).toMatch(/same time per item/);
		const none = report('B', [seat('d', 'Designer', 0.5, {})], 0);
		expect(explainLeadTime(a, none).sentence).toBe(
			'No run finished in B, so the lead times cannot be compared.'
		);
	});

	it('reads roles from titles without their audience', () => {
		expect(roleOf('GTM marketer, procurement')).toBe('GTM marketer');
		expect(roleOf('Head of content')).toBe('Head of content');
	});

	const run = { seed: 7, replications: 4, sensitivity: false };
	const compare = (b: string) =>
		runComparison(
			{ scenario: starterDesign('legacy-functional'), run },
			{ scenario: starterDesign(b), run },
			library
		);

	it('explains the demo pair, same people in two towers, whichever way its lead time goes', () => {
		const response = compare('two-tower');
		const { explanation } = response.compare!.differences;
		const change =
			response.compare!.result.overall.leadTime.meanHours - response.overall.leadTime.meanHours;
		if (Math.abs(change) < 1) {
			expect(explanation.sentence).toMatch(/take the same time per item, within an hour\.$/);
			expect(explanation.part).toBeNull();
		} else expect(explanation.sentence).toMatch(/working days (slower|faster) per item/);
	});

	it('explains the leaner pair: the largest change in the breakdown and the seats behind it', () => {
		const response = compare('two-tower-lean');
		const { explanation } = response.compare!.differences;
		const change =
			response.compare!.result.overall.leadTime.meanHours - response.overall.leadTime.meanHours;
		expect(Math.abs(change)).toBeGreaterThan(1);
		expect(explanation.sentence).toMatch(
			new RegExp(`working days ${change > 0 ? 'slower' : 'faster'} per item`)
		);
		expect(explanation.part).not.toBeNull();
		expect(explanation.sentence).toContain(partPhrases[explanation.part!]);
		expect(Math.sign(explanation.partChangeHours)).toBe(Math.sign(change));
		expect(explanation.roles.length).toBeGreaterThan(0);
		// Seats' shares add up to the overall breakdown on both sides.
		for (const r of [response, response.compare!.result])
			for (const k of breakdownKeys)
				expect(r.perSeat.reduce((t, s) => t + s.leadTimeBreakdown[k], 0)).toBeCloseTo(
					r.overall.leadTimeBreakdown[k],
					6
				);
	});
});
