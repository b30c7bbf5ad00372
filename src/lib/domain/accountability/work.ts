import type { Activity } from '../catalogue/schema';
import type { Profile } from '../assessment/profile';
import { resolveProfile } from '../demand/profile-source';
import type { DemandDefaults } from '../demand/schema';
import { designWorkload } from '../demand/workload';
import type { Design } from '../scenario/schema';
import type { WorkflowTemplate } from '../workflow/schema';
import type { GenerateInput } from './generate';

/** What the map needs of the workspace's models: the catalogue, templates and demand model. */
export interface WorkLibrary {
	activities: Activity[];
	templates: WorkflowTemplate[];
	demand: DemandDefaults;
	/** The workspace's company profile, for designs without their own. */
	workspaceProfile?: Profile | null;
}

/**
 * Everything the map is generated from for `design`, as the simulation sees it: the templates,
 * the catalogue, what a two-tower owner does, and the recurring work the demand model gives
 * for the design's company profile (else the workspace's, else the default demo company).
 */
export function mapInput(design: Design, library: WorkLibrary): GenerateInput {
	const { profile } = resolveProfile({
		scenario: design.profile,
		workspace: library.workspaceProfile,
		fallback: library.demand.defaultProfile.profile
	});
	const work = designWorkload(profile, design, library.activities, {
		templates: library.templates,
		defaults: library.demand
	});
	return {
		design,
		templates: library.templates,
		activities: library.activities,
		ownerWork: library.demand.ownerWork,
		recurring: work.recurring
	};
}
