import type { Profile } from '../assessment/profile';

/** Where a run's company profile came from, in the order they are tried. */
export const profileSources = ['input', 'scenario', 'workspace', 'default'] as const;
export type ProfileSource = (typeof profileSources)[number];

export const profileSourceLabels: Record<ProfileSource, string> = {
	input: 'given with this run',
	scenario: 'this scenario',
	workspace: 'workspace',
	default: 'default demo company'
};

/** The profiles a run may use; absent or null means not set at that level. */
export interface ProfileCandidates {
	input?: Profile | null;
	scenario?: Profile | null;
	workspace?: Profile | null;
	/** models/demand.json's defaultProfile (the demo company). */
	fallback: Profile;
}

/**
 * The company a workload is derived from: the run's own profile, else the scenario's, else the
 * workspace's, else the default demo company; with which one was used.
 */
export function resolveProfile(c: ProfileCandidates): { profile: Profile; source: ProfileSource } {
	if (c.input) return { profile: c.input, source: 'input' };
	if (c.scenario) return { profile: c.scenario, source: 'scenario' };
	if (c.workspace) return { profile: c.workspace, source: 'workspace' };
	return { profile: c.fallback, source: 'default' };
}
