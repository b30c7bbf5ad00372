import { designWorkload } from '../demand/workload';
import { designOf } from '../scenario/schema';
import type { Issue } from '../shared/issues';
import { stepsOf } from '../workflow/schema';
import type { SimulationInput } from './input';
import { replicationsPath, type Side, type SimulationRequest } from './request';
import { profileOf, replicationsOf, type SimulationLibrary } from './run';

/**
 * Work units one API request may cost, summed over its inputs. A unit is about a microsecond of
 * the server's time (measured on the starters and the benchmark orgs), so a request stays within
 * a few seconds: a run blocks the server while it computes.
 */
export const WORK_LIMIT = 3_000_000;

/** Seat checks of performer resolution that cost about as much as one simulated step (measured). */
const LOOKUPS_PER_UNIT = 25;

/** What one input costs: per replication, per engine run, and in all. */
export interface Work {
	/** Seats plus expected step visits (reviewed steps count twice) in one replication. */
	perReplication: number;
	/** Building the model: one seat check per step of every flow, in units. */
	perRun: number;
	total: number;
}

/** The work of simulating `input`: see WORK_LIMIT. Mirrors the default workload of a run. */
export function workOf(input: SimulationInput, library: SimulationLibrary): Work {
	const byId = new Map(library.templates.map((t) => [t.id, t]));
	const work = designWorkload(
		profileOf(input, library),
		designOf(input.scenario),
		library.activities,
		{ templates: library.templates, defaults: library.demand },
		{ runs: input.workload, templates: input.templates ? new Set(input.templates) : undefined }
	);
	const seats = input.scenario.seats.length;
	const scale = input.assumptions.volumeScale ?? library.defaults.assumptions.volumeScale.value;
	const quarters = input.run.weeks / 13;
	let visits =
		work.recurring.reduce((t, r) => t + r.perQuarter * scale * quarters, 0) +
		work.management.length * 5 * input.run.weeks;
	let lookups = work.recurring.length * seats;
	for (const { templateId, perQuarter } of work.runs) {
		const template = byId.get(templateId);
		if (!template || !(perQuarter > 0)) continue;
		const steps = stepsOf(template).reduce((n, s) => n + (s.review ? 2 : 1), 0);
		visits += ((perQuarter * scale * input.run.weeks) / 13) * steps;
		lookups += steps * seats;
	}
	const perReplication = seats + visits;
	const perRun = lookups / LOOKUPS_PER_UNIT;
	const runs = replicationsOf(input) / input.run.replications;
	return {
		perReplication,
		perRun,
		total: runs * (perRun + input.run.replications * perReplication)
	};
}

const rounded = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * The issue of a request whose inputs cost more than WORK_LIMIT, at the replications of the
 * costlier input, saying what to lower; null within the limit.
 */
export function workIssue(
	request: SimulationRequest,
	inputs: { side: Side; input: SimulationInput }[],
	library: SimulationLibrary
): Issue | null {
	const costs = inputs.map((i) => ({ ...i, work: workOf(i.input, library) }));
	const total = costs.reduce((sum, c) => sum + c.work.total, 0);
	if (total <= WORK_LIMIT) return null;
	const worst = costs.reduce((a, b) => (b.work.total > a.work.total ? b : a));
	const { input, work } = worst;
	const runs = replicationsOf(input) / input.run.replications;
	// Replications that fit once every other part of the request is paid for.
	const room = WORK_LIMIT - (total - work.total) - runs * work.perRun;
	const fits = Math.floor(room / (runs * work.perReplication));
	const lower = [
		fits >= 1 && fits < input.run.replications ? `lower replications to ${fits} or fewer` : null,
		input.run.sensitivity ? `set sensitivity to false (it runs the model ${runs} times)` : null,
		'simulate fewer weeks or a smaller workload (fewer templates, audiences, runs per quarter or a lower volumeScale)',
		work.perRun > input.run.replications * work.perReplication ? 'simulate fewer seats' : null
	].filter((s) => s !== null);
	return {
		path: replicationsPath(request, worst.side),
		message: `this simulation would cost about ${rounded(total)} work units, above the limit of ${rounded(WORK_LIMIT)} for one request: ${lower.join(', or ')}`
	};
}
