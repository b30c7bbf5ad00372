import type { Profile } from '../assessment/profile';
import type { Activity } from '../catalogue/schema';
import { resolveProfile } from '../demand/profile-source';
import type { DemandDefaults } from '../demand/schema';
import { InvalidOverrideError, mergeOverrides, UnknownActivityError } from '../catalogue/overrides';
import { errorsOf, checkDesign } from '../scenario/rules';
import { designOf } from '../scenario/schema';
import { formatPath, zodIssues, type Issue } from '../shared/issues';
import type { WorkflowTemplate } from '../workflow/schema';
import type { AssumptionDefaults } from './assumptions';
import { simulationInputSchema, type SimulationInput } from './input';

// A simulation input checked against what the run reads: catalogue, templates and defaults.

/**
 * What a run reads besides its input: the catalogue, the templates, the sourced defaults and the
 * demand model's figures (models/demand.json).
 */
export interface SimulationLibrary {
	activities: Activity[];
	templates: WorkflowTemplate[];
	defaults: AssumptionDefaults;
	demand: DemandDefaults;
	/** The workspace's company profile, used when neither the input nor the scenario has one. */
	workspaceProfile?: Profile | null;
	/**
	 * Review gates an approved guardrail policy added to check AI drafts (`templateId/stepId`):
	 * left out where the step's seats draft without AI.
	 */
	aiGates?: readonly string[];
}

/**
 * The company a run derives its workload from, and which one it is: the input's, the scenario's
 * own, the workspace's (`library.workspaceProfile`), else the default demo company.
 */
export const resolvedProfileOf = (input: SimulationInput, library: SimulationLibrary) =>
	resolveProfile({
		input: input.profile,
		scenario: input.scenario.profile,
		workspace: library.workspaceProfile,
		fallback: library.demand.defaultProfile.profile
	});

/** The company a run derives its workload from (resolvedProfileOf without the source). */
export const profileOf = (input: SimulationInput, library: SimulationLibrary) =>
	resolvedProfileOf(input, library).profile;

/** The input is invalid; every issue names its path in the input and what was expected. */
export class SimulationInputError extends Error {
	readonly issues: Issue[];

	constructor(issues: Issue[]) {
		super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
		this.name = 'SimulationInputError';
		this.issues = issues;
	}
}

/** The catalogue with the input's overrides merged, or the issues they raise. */
export function activitiesOf(
	input: SimulationInput,
	library: SimulationLibrary
): Activity[] | Issue[] {
	try {
		return mergeOverrides({ version: 1, activities: library.activities }, input.activityOverrides)
			.activities;
	} catch (err) {
		if (err instanceof UnknownActivityError)
			return [
				{
					path: formatPath(['activityOverrides', err.activityId]),
					message: `no activity with id "${err.activityId}" in the catalogue`
				}
			];
		if (err instanceof InvalidOverrideError)
			return err.issues.map((i) => ({
				path: i.path.replace(/^overrides/, 'activityOverrides'),
				message: i.message
			}));
		throw err;
	}
}

/**
 * Validates a simulation input: its schema, then what the schema cannot see — the design breaks
 * no rule, templates and workload audiences exist, activity overrides apply. Throws
 * SimulationInputError with every issue; returns the input with its defaults filled in.
 */
export function parseSimulationInput(raw: unknown, library: SimulationLibrary): SimulationInput {
	const parsed = simulationInputSchema.safeParse(raw);
	if (!parsed.success) throw new SimulationInputError(zodIssues(parsed.error));
	const input = parsed.data;
	const issues: Issue[] = errorsOf(checkDesign(designOf(input.scenario))).map((i) => ({
		path: formatPath(['scenario', ...i.path]),
		message: i.message
	}));
	const templateIds = new Set(library.templates.map((t) => t.id));
	const known = `expected one of ${[...templateIds].join(', ')}`;
	input.templates?.forEach((id, i) => {
		if (!templateIds.has(id))
			issues.push({ path: formatPath(['templates', i]), message: `no template "${id}"; ${known}` });
	});
	const audiences = new Set(input.scenario.audiences.map((a) => a.id));
	input.workload?.forEach((w, i) => {
		if (!templateIds.has(w.templateId))
			issues.push({
				path: formatPath(['workload', i, 'templateId']),
				message: `no template "${w.templateId}"; ${known}`
			});
		if (!audiences.has(w.audienceId))
			issues.push({
				path: formatPath(['workload', i, 'audienceId']),
				message: `no audience "${w.audienceId}" in the scenario`
			});
	});
	const merged = activitiesOf(input, library);
	if (!merged.every((a): a is Activity => 'id' in a)) issues.push(...(merged as Issue[]));
	if (issues.length > 0) throw new SimulationInputError(issues);
	return input;
}
