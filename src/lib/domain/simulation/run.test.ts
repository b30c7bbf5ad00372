import { describe, expect, it } from 'vitest';
import { assumptionKeys } from './assumptions';
import { runComparison, runSimulation } from './run';
import { legacy, towers, quick, demoProfile } from './run-fixtures';
import { library } from './testing';

describe('runSimulation', () => {
	const report = runSimulation({ scenario: legacy, run: quick }, library);

	it('lists recurring work nobody in the design does as unresolved, naming the area', () => {
		// No marketing operations and no analytics: nobody for CRM hygiene, routing or reporting.
		const gone = new Set(['marketing-operations', 'analytics']);
		const seats = legacy.seats.map((s) =>
			s.craft && gone.has(s.craft) ? { ...s, craft: 'brand' } : s
		);
		const r = runSimulation({ scenario: { ...legacy, seats }, run: quick }, library);
		const areas = new Set(r.unresolved.map((u) => u.area).filter(Boolean));
		expect(areas).toContain('crm-integration');
		expect(areas).toContain('performance-analytics');
		const crm = r.unresolved.find((u) => u.area === 'crm-integration')!;
		expect(crm.reason).toMatch(/^nobody does the recurring CRM integration work \(/);
		// The rest still runs: the gap is listed, never a silent zero.
		expect(r.overall.throughputPerWeek).toBeGreaterThan(0);
	});

	it('derives the workload from the input, the scenario, the workspace, else the demo profile', () => {
		const small = { ...demoProfile, campaignsPerQuarter: 4, eventsPerYear: 4, salesTeamSize: 10 };
		const withWorkspace = { ...library, workspaceProfile: small };
		const items = (r: typeof report) => r.overall.throughputPerWeek;
		expect(report.profile).toEqual({ profile: demoProfile, source: 'default' });
		const fromWorkspace = runSimulation({ scenario: legacy, run: quick }, withWorkspace);
		expect(fromWorkspace.profile).toEqual({ profile: small, source: 'workspace' });
		expect(items(fromWorkspace)).toBeLessThan(items(report));
		const own = runSimulation(
			{ scenario: { ...legacy, profile: demoProfile }, run: quick },
			withWorkspace
		);
		expect(own.profile.source).toBe('scenario');
		expect(items(own)).toBeCloseTo(items(report), 6);
		const given = runSimulation(
			{ scenario: { ...legacy, profile: small }, profile: demoProfile, run: quick },
			withWorkspace
		);
		expect(given.profile.source).toBe('input');
		expect(items(given)).toBeCloseTo(items(report), 6);
	});

	it('splits every seat’s planned hours into categories that add up to them', () => {
		expect(report.perSeat).toHaveLength(legacy.seats.length);
		for (const s of report.perSeat) {
			const { craft, handoff, review, rework, idle } = s.hours;
			expect(craft + handoff + review + rework + idle).toBeCloseTo(s.availableHours, 6);
			expect(Math.min(craft, handoff, review, rework, idle)).toBeGreaterThanOrEqual(0);
			const seat = legacy.seats.find((x) => x.id === s.seatId)!;
			expect(s.availableHours).toBeCloseTo(seat.hoursPerWeek * seat.fte * seat.focusFactor * 13, 6);
		}
		// A role's week adds up to its contracted hours.
		for (const role of report.roles) {
			const w = role.week;
			const seats = legacy.seats.filter((s) => s.kind === role.kind);
			const contracted = seats.reduce((t, s) => t + s.hoursPerWeek * s.fte, 0) / seats.length;
			expect(w.craft + w.handoff + w.review + w.rework + w.idle + w.outside).toBeCloseTo(
				contracted,
				6
			);
		}
	});

	it('puts the hand-off tax together from transfer and rework hours of the seats', () => {
		const tax = report.handoffTax;
		const sum = (k: 'handoff' | 'rework') => report.perSeat.reduce((t, s) => t + s.hours[k], 0);
		expect(tax.transferHours).toBeCloseTo(sum('handoff'), 6);
		expect(tax.reworkHours).toBeCloseTo(sum('rework'), 6);
		expect(tax.hours).toBeGreaterThan(0);
		expect(tax.calendarDaysPerItem).toBeCloseTo(tax.waitHoursPerItem / 8, 9);
		expect(report.templates.map((t) => t.templateId)).toEqual(
			expect.arrayContaining([...library.templates.map((t) => t.id), 'recurring-management'])
		);
	});

	it(
		'gives byte-identical JSON for the same seed, sensitivity and comparison included',
		{
			timeout: 60_000
		},
		() => {
			const input = { scenario: legacy, run: { seed: 11, replications: 2 } };
			const other = { scenario: towers, run: { seed: 11, replications: 2 } };
			const a = JSON.stringify(runComparison(input, other, library));
			expect(JSON.stringify(runComparison(input, other, library))).toBe(a);
			const once = (seed: number) =>
				JSON.stringify(runSimulation({ scenario: legacy, run: { ...quick, seed } }, library));
			expect(once(12)).not.toBe(once(11));
		}
	);

	it('never lowers mean lead time when transfer effort grows', () => {
		// More replications than `quick`: the property is about the mean, not one short sample.
		const run = { ...quick, replications: 8 };
		const lead = (handoffHours: number) =>
			runSimulation({ scenario: legacy, run, assumptions: { handoffHours } }, library).overall
				.leadTime.meanHours;
		const leads = [0, 0.25, 0.5, 1, 2, 4].map(lead);
		// Common random numbers keep it nearly monotone; queues shared with recurring work may
		// reorder a little, so allow 2% noise between neighbouring steps.
		leads.slice(1).forEach((l, i) => expect(l).toBeGreaterThanOrEqual(leads[i]! * 0.98));
		expect(leads.at(-1)!).toBeGreaterThan(leads[0]!);
	});

	it('makes late review cost more rework than review that shaped the work at the start', () => {
		const timed = (timing: 'start' | 'end') => ({
			...library,
			templates: library.templates.map((t) => ({
				...t,
				phases: t.phases.map((p) => ({
					...p,
					steps: p.steps.map((s) => (s.review ? { ...s, review: { ...s.review, timing } } : s))
				}))
			}))
		});
		const run = (timing: 'start' | 'end') =>
			runSimulation({ scenario: towers, run: quick }, timed(timing));
		const late = run('end');
		const early = run('start');
		expect(late.handoffTax.reworkHours).toBeGreaterThan(early.handoffTax.reworkHours * 1.5);
		const none = runSimulation(
			{
				scenario: towers,
				run: quick,
				assumptions: { reworkProbabilityEnd: 0, reworkProbabilityStart: 0 }
			},
			library
		);
		expect(none.handoffTax.reworkHours).toBe(0);
	});

	it('moves every assumption ±25% and reports the headline change', { timeout: 60_000 }, () => {
		const r = runSimulation({ scenario: towers, run: { seed: 3, replications: 2 } }, library);
		expect(r.sensitivity.map((s) => s.key)).toEqual([...assumptionKeys]);
		const volume = r.sensitivity.find((s) => s.key === 'volumeScale')!;
		expect(volume.low.value).toBe(0.75);
		expect(volume.high.value).toBe(1.25);
		expect(volume.low.leadTimeMeanHours).toBeLessThan(r.headline.leadTimeMeanHours);
		expect(volume.high.leadTimeMeanHours).toBeGreaterThan(r.headline.leadTimeMeanHours);
		const end = r.sensitivity.find((s) => s.key === 'reworkProbabilityEnd')!;
		expect(end.high.value).toBeCloseTo(0.625, 9);
	});

	it(
		'reports progress over every replication, sensitivity runs included',
		{ timeout: 60_000 },
		() => {
			const seen: number[] = [];
			runSimulation(
				{ scenario: legacy, run: { seed: 1, replications: 2 } },
				library,
				(done, total) => {
					seen.push(done);
					expect(total).toBe(2 * (1 + 2 * assumptionKeys.length));
				}
			);
			expect(seen).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
		}
	);
});
