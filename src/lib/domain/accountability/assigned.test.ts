import { describe, expect, it } from 'vitest';
import { runSimulation } from '../simulation/run';
import { assignedSeats } from './assigned';
import { applyOverrides } from './overrides';
import type { Override } from './schema';
import { library, mapOf, starterDesign } from './testing';

const design = 'design-asset';
// The enterprise GTM marketer makes their own design assets instead of the design bench.
const toOwner: Override[] = [
	{ activityId: design, audienceId: 'enterprise-finance', seatId: 'senior-designer', role: null },
	{ activityId: design, audienceId: 'enterprise-finance', seatId: 'designer', role: null },
	{ activityId: design, audienceId: 'enterprise-finance', seatId: 'gtm-enterprise', role: 'A/R' }
];

/** The two-tower starter after an edit: a seat renamed and the web developer gone. */
function edited() {
	const d = starterDesign('two-tower');
	return {
		...d,
		seats: d.seats
			.filter((s) => s.id !== 'web-developer')
			.map((s) => (s.id === 'gtm-enterprise' ? { ...s, title: 'Enterprise GTM lead' } : s))
	};
}

const run = { seed: 7, replications: 3, sensitivity: false } as const;

describe('the simulation honours the accountability map', () => {
	it('sends a step to the seats an override made R, after the map is regenerated', () => {
		const map = applyOverrides(mapOf(edited()), toOwner);
		const row = map.rows.find((r) => r.key === `${design}@enterprise-finance`)!;
		expect(row.cells.find((c) => c.seatId === 'gtm-enterprise')).toMatchObject({
			role: 'A/R',
			overridden: true
		});
		const seats = assignedSeats(map);
		const step = map.assignments.find(
			(a) => a.activityId === design && a.audienceId === 'enterprise-finance'
		)!;
		expect(seats(step.templateId, 'enterprise-finance', step.stepId)).toEqual(['gtm-enterprise']);
		expect(seats(step.templateId, 'procurement', step.stepId)).toBeUndefined();
	});

	it('moves the hours of that work from the design bench to the GTM marketer', () => {
		const scenario = edited();
		const before = runSimulation({ scenario, run }, library);
		const after = runSimulation({ scenario, run, accountabilityOverrides: toOwner }, library);
		const craft = (report: typeof before, ids: string[]) =>
			report.perSeat.filter((s) => ids.includes(s.seatId)).reduce((n, s) => n + s.hours.craft, 0);
		const bench = ['senior-designer', 'designer'];
		expect(craft(after, ['gtm-enterprise'])).toBeGreaterThan(craft(before, ['gtm-enterprise']));
		expect(craft(after, bench)).toBeLessThan(craft(before, bench));
	});

	it('ignores overrides naming a seat the design no longer has, as the map does', () => {
		const stale: Override[] = [
			{ activityId: 'landing-page-build', audienceId: null, seatId: 'web-developer', role: 'R' }
		];
		const scenario = edited();
		const plain = runSimulation({ scenario, run }, library);
		const withStale = runSimulation({ scenario, run, accountabilityOverrides: stale }, library);
		expect(withStale.overall).toEqual(plain.overall);
	});
});
