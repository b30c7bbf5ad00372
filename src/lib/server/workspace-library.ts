import {
	mergeOverrides,
	type ActivityOverride,
	type Overrides
} from '$lib/domain/catalogue/overrides';
import type { Catalogue } from '$lib/domain/catalogue/schema';
import { applyPolicy } from '$lib/domain/policy/simulation';
import type { SimulationLibrary } from '$lib/domain/simulation/run';
import type { WorkflowTemplate } from '$lib/domain/workflow/schema';
import { withEdits } from '$lib/domain/workflow/template-edit';
import { loadCatalogue } from './catalogue';
import { loadSimulationLibrary } from './simulation';
import * as catalogueOverrides from './store/catalogue-overrides';
import * as policies from './store/policy';
import * as templateEdits from './store/template-edits';
import * as workspace from './store/workspace';
import { loadWorkflowTemplates } from './workflow-templates';

const PREFIX = 'Workspace override: ';

/** A note the override brings is kept, and says it belongs to a workspace override. */
function marked(override: ActivityOverride): ActivityOverride {
	if (!override.sources) return override;
	return {
		...override,
		sources: override.sources.map((s) => ({
			...s,
			note: s.note.startsWith(PREFIX) ? s.note : `${PREFIX}${s.note}`.slice(0, 600)
		}))
	};
}

/**
 * The catalogue with `overrides` merged, each overridden value's source note saying it is a
 * workspace override. Overrides written before models/ changed and no longer valid (an activity
 * gone, a value now out of range) are left out, so the app keeps working on the defaults.
 */
export function withOverrides(catalogue: Catalogue, overrides: Overrides): Catalogue {
	const known = new Set(catalogue.activities.map((a) => a.id));
	const usable: Overrides = {};
	for (const [id, override] of Object.entries(overrides)) {
		if (!known.has(id)) continue;
		try {
			mergeOverrides(catalogue, { [id]: marked(override) });
			usable[id] = marked(override);
		} catch {
			// Left out: the catalogue default applies until an admin saves this activity again.
		}
	}
	return mergeOverrides(catalogue, usable);
}

/** The activity catalogue of models/ with this workspace's overrides merged. */
export async function workspaceCatalogue(): Promise<Catalogue> {
	return withOverrides(loadCatalogue(), (await catalogueOverrides.get()).overrides);
}

/**
 * The workflow templates of models/ with this workspace's edits in their place (the template
 * editor). An edit naming an activity `catalogue` no longer has is left out until saved again.
 */
export async function workspaceTemplates(
	catalogue: Pick<Catalogue, 'activities'> = loadCatalogue()
): Promise<WorkflowTemplate[]> {
	const known = new Set(catalogue.activities.map((a) => a.id));
	const usable = new Map(
		[...(await templateEdits.edits())].filter(([, t]) =>
			t.phases.every((p) => p.steps.every((s) => known.has(s.activityId)))
		)
	);
	return withEdits(loadWorkflowTemplates(), usable);
}

/** What a simulation of this workspace reads before any guardrail policy: models/ with its catalogue, edited templates and company profile. */
export async function workspaceLibraryWithoutPolicy(): Promise<SimulationLibrary> {
	const [catalogue, workspaceProfile] = await Promise.all([
		workspaceCatalogue(),
		workspace.currentProfile()
	]);
	return {
		...loadSimulationLibrary(),
		activities: catalogue.activities,
		templates: await workspaceTemplates(catalogue),
		workspaceProfile
	};
}

/**
 * What a simulation of this workspace reads: models/ with the workspace's catalogue, its edited
 * templates, its company
 * profile (used when a scenario has none of its own) and, once a guardrail policy is approved,
 * its rules applied (no AI absorption for people-only work, a review gate on AI-drafted steps;
 * src/lib/domain/policy/simulation.ts).
 */
export async function workspaceSimulationLibrary(): Promise<SimulationLibrary> {
	const [library, approved] = await Promise.all([
		workspaceLibraryWithoutPolicy(),
		policies.approvedPolicy()
	]);
	return approved
		? { ...library, ...applyPolicy(library.activities, library.templates, approved) }
		: library;
}
