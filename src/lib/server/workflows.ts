import { generateMap } from '$lib/domain/accountability/generate';
import { applyOverrides } from '$lib/domain/accountability/overrides';
import type { AccountabilityMap, Override } from '$lib/domain/accountability/schema';
import { mapInput } from '$lib/domain/accountability/work';
import type { Design } from '$lib/domain/scenario/schema';
import { defaultValues } from '$lib/domain/simulation/assumptions';
import type { RunLibrary } from '$lib/domain/workflow/library';
import { loadCatalogue } from './catalogue';
import { loadAssumptionDefaults, loadDemandDefaults } from './simulation';
import { loadWorkflowTemplates } from './workflow-templates';
import { workspaceTemplates } from './workspace-library';

/** What runs read from models/: templates, catalogue, demand model and review figures. */
export function loadRunLibrary(): RunLibrary {
	const values = defaultValues(loadAssumptionDefaults());
	return {
		templates: loadWorkflowTemplates(),
		activities: loadCatalogue().activities,
		demand: loadDemandDefaults(),
		reviewLatencyHours: values.reviewLatencyHours,
		reworkShare: values.reworkShare
	};
}

/** What new runs of this workspace read: loadRunLibrary with the workspace's edited templates. */
export async function workspaceRunLibrary(): Promise<RunLibrary> {
	return { ...loadRunLibrary(), templates: await workspaceTemplates() };
}

/**
 * The accountability map runs resolve owners through: generated for `design` from the same
 * models as the simulation, with the scenario's stored overrides applied.
 */
export function accountabilityMapOf(
	design: Design,
	library: RunLibrary,
	overrides: readonly Override[] = []
): AccountabilityMap {
	return applyOverrides(generateMap(mapInput(design, library)), overrides);
}
