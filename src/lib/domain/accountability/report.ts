import { runChecks, type CheckOptions, type CheckResult } from './checks';
import { generateMap, type GenerateInput } from './generate';
import { healthCheck, type Finding } from './health';
import { applyOverrides } from './overrides';
import type { AccountabilityMap, Override, SimulationSummary, SourceOfTruth } from './schema';

export interface AccountabilityInput extends GenerateInput {
	overrides?: readonly Override[];
	sourceOfTruth?: SourceOfTruth;
	simulation?: SimulationSummary;
	options?: CheckOptions;
}

export interface AccountabilityReport {
	matrix: AccountabilityMap;
	checks: CheckResult[];
	health: Finding[];
}

/**
 * The whole accountability picture of a design: the map generated from the templates with the
 * user's overrides on top, its checks and the operating-model health check.
 */
export function accountabilityReport(input: AccountabilityInput): AccountabilityReport {
	const generated = generateMap(input);
	const matrix = applyOverrides(generated, input.overrides ?? []);
	return {
		matrix,
		checks: runChecks(matrix, input.options),
		health: healthCheck({
			map: matrix,
			...(input.sourceOfTruth ? { sourceOfTruth: input.sourceOfTruth } : {}),
			...(input.simulation ? { simulation: input.simulation } : {})
		})
	};
}
