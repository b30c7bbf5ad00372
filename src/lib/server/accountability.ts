import { accountabilityReport, type AccountabilityReport } from '$lib/domain/accountability/report';
import type { Override, SourceOfTruth } from '$lib/domain/accountability/schema';
import { simulationSummaryOf } from '$lib/domain/accountability/simulation-summary';
import { mapInput } from '$lib/domain/accountability/work';
import { designOf, type Scenario } from '$lib/domain/scenario/schema';
import { runSimulation, type SimulationLibrary } from '$lib/domain/simulation/run';

/** A short, seeded run: enough for the health check's hand-off figures, fast on every load. */
const HEALTH_RUN = { seed: 1, replications: 5, sensitivity: false } as const;

/** The simulation summary of a scenario for the health check, or undefined when it cannot run. */
function summaryFor(scenario: Scenario, library: SimulationLibrary) {
	try {
		const report = runSimulation({ scenario: designOf(scenario), run: HEALTH_RUN }, library);
		return simulationSummaryOf(report.overall);
	} catch {
		// A design the simulation refuses (no audiences, nothing resolvable) still gets its map.
		return undefined;
	}
}

/**
 * The accountability report of a stored scenario: its map with `overrides`, the checks and
 * the health check fed by a short simulation of the same scenario and the workspace's
 * source-of-truth map.
 */
export function reportFor(
	scenario: Scenario,
	library: SimulationLibrary,
	overrides: readonly Override[],
	sourceOfTruth?: SourceOfTruth
): AccountabilityReport {
	const simulation = summaryFor(scenario, library);
	return accountabilityReport({
		...mapInput(designOf(scenario), library),
		overrides,
		...(sourceOfTruth ? { sourceOfTruth } : {}),
		...(simulation ? { simulation } : {})
	});
}
