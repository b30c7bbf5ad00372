import { describe, expect, it } from 'vitest';
import { library, starterDesign } from './testing';
import { functionalOrg } from './bench-orgs';
import { parseSimulationInput } from './run';
import { WORK_LIMIT, workIssue, workOf } from './work-limit';

const starter = starterDesign;
const towers = starter('two-tower');

const input = (run: object, assumptions: object = {}, scenario: unknown = towers) =>
	parseSimulationInput({ scenario, run, assumptions }, library);
const quick = { replications: 1, sensitivity: false };

describe('workOf', () => {
	it('grows with each replication, and 21-fold with sensitivity runs', () => {
		const one = workOf(input(quick), library);
		const ten = workOf(input({ ...quick, replications: 10 }), library);
		expect(ten.total - one.total).toBeCloseTo(9 * one.perReplication);
		const sensitive = workOf(input({ ...quick, sensitivity: true }), library);
		expect(sensitive.total).toBeCloseTo(21 * one.total);
	});

	it('counts more steps for more volume or weeks, fewer for a smaller company', () => {
		const base = workOf(input(quick), library).perReplication - towers.seats.length;
		const visits = (i: ReturnType<typeof input>) =>
			workOf(i, library).perReplication - towers.seats.length;
		// Line management follows the reporting lines, not the volume: it does not double.
		const doubled = visits(input(quick, { volumeScale: 2 }));
		expect(doubled).toBeGreaterThan(1.5 * base);
		expect(doubled).toBeLessThan(2 * base);
		expect(visits(input({ ...quick, weeks: 26 }))).toBeCloseTo(2 * base);
		// The profile sets the quarter's work: a smaller company, fewer steps.
		const profile = { ...library.demand.defaultProfile.profile, campaignsPerQuarter: 2 };
		const small = parseSimulationInput({ scenario: towers, run: quick, profile }, library);
		expect(visits(small)).toBeLessThan(base);
	});
});

describe('workIssue', () => {
	it('lets the default run of two starters side by side through', () => {
		const inputs = [
			{ side: 'base' as const, input: input({}, {}, starter('legacy-functional')) },
			{ side: 'compare' as const, input: input({}) }
		];
		expect(workIssue({ scenarioId: 'a', compareScenarioId: 'b' }, inputs, library)).toBeNull();
	});

	it('refuses too much work at replications, saying what to lower', () => {
		const heavy = input({ replications: 1000, sensitivity: true }, { volumeScale: 10 });
		expect(workOf(heavy, library).total).toBeGreaterThan(WORK_LIMIT);
		const issue = workIssue({ scenarioId: 'a' }, [{ side: 'base', input: heavy }], library);
		expect(issue?.path).toBe('replications');
		expect(issue?.message).toMatch(/^this simulation would cost about [\d,]+ work units/);
		expect(issue?.message).toMatch(/lower replications to \d+ or fewer/);
		expect(issue?.message).toMatch(/set sensitivity to false \(it runs the model 21 times\)/);

		const fits = Number(/lower replications to (\d+)/.exec(issue!.message)![1]);
		const lowered = input({ replications: fits, sensitivity: true }, { volumeScale: 10 });
		expect(workIssue({ scenarioId: 'a' }, [{ side: 'base', input: lowered }], library)).toBeNull();
	});

	it('names input.run.replications of the costlier document', () => {
		const heavy = input({ replications: 1000, sensitivity: true }, { volumeScale: 10 });
		const inputs = [
			{ side: 'base' as const, input: input(quick) },
			{ side: 'compare' as const, input: heavy }
		];
		const request = { input: {}, compareInput: {} };
		expect(workIssue(request, inputs, library)?.path).toBe('compareInput.run.replications');
	});

	it('asks for fewer seats when one replication of a huge org is already too much', () => {
		const huge = input(quick, {}, functionalOrg(5000));
		const issue = workIssue({ input: {} }, [{ side: 'base', input: huge }], library);
		expect(issue?.path).toBe('input.run.replications');
		expect(issue?.message).not.toMatch(/lower replications/);
		expect(issue?.message).toMatch(/simulate fewer seats/);
	});
});
