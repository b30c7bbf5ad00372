import type { MapEditor } from '$lib/domain/access/accountability';
import { generateMap } from '$lib/domain/accountability/generate';
import { accountabilityReport, type AccountabilityReport } from '$lib/domain/accountability/report';
import type { Override, SourceOfTruth } from '$lib/domain/accountability/schema';
import { simulationSummaryOf } from '$lib/domain/accountability/simulation-summary';
import { applyOverrides } from '$lib/domain/accountability/overrides';
import { mapInput } from '$lib/domain/accountability/work';
import { designOf, type Scenario } from '$lib/domain/scenario/schema';
import { runSimulation, type SimulationLibrary } from '$lib/domain/simulation/run';
import { memoised } from './memo';
import * as accountability from './store/accountability';
import * as scenarios from './store/scenarios';
import * as sourceOfTruth from './store/source-of-truth';
import { workspaceSimulationLibrary } from './workspace-library';

/** A short, seeded run: enough for the health check's hand-off figures, fast on every load. */
const HEALTH_RUN = { seed: 1, replications: 5, sensitivity: false } as const;

/** The simulation summary of a scenario for the health check, or undefined when it cannot run. */
export function healthFigures(
	scenario: Scenario,
	library: SimulationLibrary,
	overrides: readonly Override[]
) {
	const input = {
		scenario: designOf(scenario),
		run: HEALTH_RUN,
		accountabilityOverrides: [...overrides]
	};
	// Memoised on everything the run reads: the health check would otherwise simulate on every load.
	const { summary } = memoised('health', { input, library }, () => {
		try {
			return { summary: simulationSummaryOf(runSimulation(input, library).overall) };
		} catch {
			// A design the simulation refuses (no audiences, nothing resolvable) still gets its map.
			return { summary: undefined };
		}
	});
	return summary;
}

/**
 * The accountability report of a stored scenario: its map with `overrides`, the checks and
 * the health check fed by a short simulation of the same scenario (honouring the overrides)
 * and the workspace's source-of-truth map.
 */
export function reportFor(
	scenario: Scenario,
	library: SimulationLibrary,
	overrides: readonly Override[],
	sot?: SourceOfTruth
): AccountabilityReport {
	const simulation = healthFigures(scenario, library, overrides);
	return accountabilityReport({
		...mapInput(designOf(scenario), library),
		overrides,
		...(sot ? { sourceOfTruth: sot } : {}),
		...(simulation ? { simulation } : {})
	});
}

/** The map of a scenario as generated, before any override: what overrides are checked against. */
export const generatedMapOf = (library: SimulationLibrary) => (scenario: Scenario) =>
	generateMap(mapInput(designOf(scenario), library));

/** A stored scenario's map with its stored overrides applied, as the compare screen diffs it. */
export async function mapWithOverrides(
	user: MapEditor,
	scenario: Scenario,
	library: SimulationLibrary
) {
	const saved = await accountability.get(user, scenario.id);
	return applyOverrides(generatedMapOf(library)(scenario), saved.overrides);
}

/** A stored scenario's report with its stored overrides and their version. */
export async function storedReport(user: MapEditor, scenario: Scenario) {
	const [saved, library, sot] = await Promise.all([
		accountability.get(user, scenario.id),
		workspaceSimulationLibrary(),
		sourceOfTruth.get()
	]);
	const report = reportFor(scenario, library, saved.overrides, { entries: sot.entries });
	return { ...report, overrides: saved.overrides, version: saved.version };
}

/** Saves a scenario's overrides at `version` (see store/accountability.ts) and answers its new report. */
export async function saveOverrides(
	user: MapEditor,
	scenarioId: string,
	overrides: Override[],
	version: number
) {
	const library = await workspaceSimulationLibrary();
	await accountability.replace(user, scenarioId, overrides, version, generatedMapOf(library));
	return storedReport(user, await scenarios.get(user, scenarioId));
}
