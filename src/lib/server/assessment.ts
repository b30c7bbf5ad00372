import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Actor } from '$lib/domain/access/schema';
import { assessmentDefaultsSchema, type AssessmentDefaults } from '$lib/domain/assessment/defaults';
import { assess, type Report } from '$lib/domain/assessment/report';
import {
	optionsSchema,
	profileSchema,
	type Options,
	type Profile
} from '$lib/domain/assessment/schema';
import { idSchema } from '$lib/domain/scenario/schema';
import { AppError } from './errors';
import { ModelError, parseFile } from './models';
import { loadDemandDefaults } from './simulation';
import * as assessments from './store/assessments';
import * as scenarios from './store/scenarios';
import { workspaceCatalogue, workspaceTemplates } from './workspace-library';

const defaultDir = () => join(process.cwd(), 'models');
const cache = new Map<string, AssessmentDefaults>();

/**
 * `<dir>/assessment.json` (dir defaults to models/): every figure of the capacity assessment with
 * its source, validated. Throws ModelError naming the file and field.
 */
export function loadAssessmentDefaults(dir: string = defaultDir()): AssessmentDefaults {
	const key = resolve(dir);
	let defaults = cache.get(key);
	if (!defaults) {
		const parsed = parseFile(join(key, 'assessment.json'), assessmentDefaultsSchema);
		if (!parsed.ok) throw new ModelError(parsed.issues);
		defaults = parsed.value;
		cache.set(key, defaults);
	}
	return structuredClone(defaults);
}

/** A saved assessment's name: 1–120 characters. */
export const assessmentNameSchema = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, 'must not be empty')
	.max(120, 'must be at most 120 characters');

/** What an assessment is run from: the profile, the scenario whose seats carry it, the options. */
export const assessmentInputSchema = z.strictObject({
	profile: profileSchema,
	/** A scenario the caller may see; absent or null: one full-time coordinator. */
	scenarioId: idSchema.nullable().default(null),
	options: optionsSchema.default({ support: [] }),
	/** Only used when saving; defaults to the scenario's name or the date. */
	name: assessmentNameSchema.optional()
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** PUT /api/v1/assessments/:id: the inputs again, with the version read. */
export const assessmentUpdateSchema = assessmentInputSchema.extend({
	version: z.int({ error: 'expected the version you read, a whole number' }).min(1)
});

/** The inputs an assessment is stored and recomputed from. */
export interface AssessmentInputs {
	profile: Profile;
	scenarioId: string | null;
	options: Options;
}

export interface RunResult {
	report: Report;
	/** The scenario whose seats were used; null for one full-time coordinator. */
	scenario: { id: string; name: string } | null;
}

/**
 * Assesses the inputs against the scenario's seats (read with `actor`'s rights: 404 when they
 * cannot see it) or one full-time coordinator, with the workspace's catalogue, the defaults and
 * the demand model the simulation uses (templates and models/demand.json).
 */
export async function runAssessment(actor: Actor, inputs: AssessmentInputs): Promise<RunResult> {
	const scenario = inputs.scenarioId ? await scenarios.get(actor, inputs.scenarioId) : null;
	const catalogue = await workspaceCatalogue();
	const report = assess(
		inputs.profile,
		scenario?.seats ?? [],
		catalogue.activities,
		loadAssessmentDefaults(),
		inputs.options,
		{ templates: await workspaceTemplates(catalogue), defaults: loadDemandDefaults() }
	);
	return { report, scenario: scenario && { id: scenario.id, name: scenario.name } };
}

/** The name a saved assessment gets when none is given: after its scenario, else the date. */
export function defaultName(scenario: RunResult['scenario'], at = new Date()): string {
	const day = at.toISOString().slice(0, 10);
	return (scenario ? `${scenario.name}: capacity, ${day}` : `Capacity assessment, ${day}`).slice(
		0,
		120
	);
}

/**
 * A saved assessment's report, recomputed from its stored inputs. When its scenario is gone or
 * the reader may not see it (a private draft), the report assumes one full-time coordinator and
 * says so (`scenarioMissing`), rather than showing the draft's seats or failing.
 */
export async function rerunAssessment(
	actor: Actor,
	inputs: AssessmentInputs
): Promise<RunResult & { scenarioMissing: boolean }> {
	try {
		return { ...(await runAssessment(actor, inputs)), scenarioMissing: false };
	} catch (err) {
		if (!(err instanceof AppError && err.status === 404 && inputs.scenarioId)) throw err;
		const run = await runAssessment(actor, { ...inputs, scenarioId: null });
		return { ...run, scenarioMissing: true };
	}
}

/** A saved assessment as the API and the screens show it: its inputs, rights and report. */
export interface AssessmentView extends assessments.SavedAssessment {
	scenario: RunResult['scenario'];
	/** Its scenario is gone or not visible to the reader: the report assumes one coordinator. */
	scenarioMissing: boolean;
	canEdit: boolean;
	/** Recomputed on every read from the stored inputs, today's catalogue and scenario seats. */
	report: Report;
}

export async function viewOf(
	actor: Actor,
	saved: assessments.SavedAssessment
): Promise<AssessmentView> {
	const run = await rerunAssessment(actor, saved);
	const canEdit = assessments.canEditAssessment(actor, saved);
	return { ...saved, ...run, canEdit };
}
