import { assignedByOverrides } from '../accountability/assigned';
import { areaLabels, type Activity } from '../catalogue/schema';
import type { Profile } from '../assessment/profile';
import { resolveProfile } from '../demand/profile-source';
import type { DemandDefaults } from '../demand/schema';
import { designWorkload } from '../demand/workload';
import { InvalidOverrideError, mergeOverrides, UnknownActivityError } from '../catalogue/overrides';
import { errorsOf, checkDesign } from '../scenario/rules';
import { designOf, type Design } from '../scenario/schema';
import { formatPath, zodIssues, type Issue } from '../shared/issues';
import type { WorkflowTemplate } from '../workflow/schema';
import {
	assumptionKeys,
	defaultValues,
	type AssumptionDefaults,
	type AssumptionKey,
	type Assumptions
} from './assumptions';
import { simulateModel } from './engine';
import { explainLeadTime } from './explain';
import { buildModel } from './from-scenario';
import { simulationInputSchema, type SimulationInput, type SimulationInputData } from './input';
import type { Differences, SensitivityRow, SimulationReport, SimulationResponse } from './report';
import { scaleEffort } from './scale-effort';
import { HOURS_PER_DAY, QUARTER_WEEKS, summarise, type Prepared } from './summary';
import { HOURS_PER_WEEK, simulationModelSchema, simulationOptionsSchema } from './schema';

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
function activitiesOf(input: SimulationInput, library: SimulationLibrary): Activity[] | Issue[] {
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

function prepare(
	input: SimulationInput,
	library: SimulationLibrary,
	assumptions: Assumptions
): Prepared {
	const base = designOf(input.scenario);
	const design: Design = {
		...base,
		seats: base.seats.map((s) => ({
			...s,
			focusFactor: Math.min(1, s.focusFactor * assumptions.focusScale)
		}))
	};
	// `library.activities` already carries the input's overrides (merged once, in reportOf).
	const activities = library.activities.map((a) => ({
		...a,
		effortHours: scaleEffort(a.effortHours, assumptions.effortScale)
	}));
	const work = designWorkload(
		profileOf(input, library),
		design,
		library.activities,
		{ templates: library.templates, defaults: library.demand },
		{ runs: input.workload, templates: input.templates ? new Set(input.templates) : undefined }
	);
	const scaled = <T extends { perQuarter: number }>(w: T): T => ({
		...w,
		perQuarter: w.perQuarter * assumptions.volumeScale
	});
	const built = buildModel({
		design,
		templates: library.templates,
		activities,
		workload: work.runs.map(scaled),
		recurring: work.recurring.map(scaled),
		management: work.management,
		ownerWork: library.demand.ownerWork,
		assigned: assignedByOverrides(
			{
				design,
				templates: library.templates,
				activities,
				ownerWork: library.demand.ownerWork,
				recurring: work.recurring
			},
			input.accountabilityOverrides
		),
		gates: { ...assumptions, maxReviewRounds: library.defaults.maxReviewRounds },
		arrivals: input.run.arrivals
	});
	return { design, built, assumptions };
}

function noWork(input: SimulationInput): SimulationInputError {
	return new SimulationInputError([
		input.scenario.audiences.length === 0 && !input.workload
			? {
					path: 'scenario.audiences',
					message: 'the design has no audiences, so no template runs; add one or give a workload'
				}
			: {
					path: 'workload',
					message: 'no step of the chosen templates can be done by a seat of this design'
				}
	]);
}

/** Replications one run of `input` takes, sensitivity runs included. */
export const replicationsOf = (input: SimulationInput) =>
	input.run.replications * (input.run.sensitivity ? 1 + 2 * assumptionKeys.length : 1);

/**
 * Runs the engine for one assumption set; `full` false for a sensitivity run, whose headline
 * needs neither per-template figures nor lead-time breakdowns.
 */
function execute(
	input: SimulationInput,
	library: SimulationLibrary,
	assumptions: Assumptions,
	tick: () => void,
	full = true
) {
	const prepared = prepare(input, library, assumptions);
	const noRuns = input.scenario.audiences.length === 0 && !input.workload;
	if (prepared.built.model.flows.length === 0 || noRuns) throw noWork(input);
	const result = simulateModel(
		simulationModelSchema.parse(prepared.built.model),
		simulationOptionsSchema.parse({
			seed: input.run.seed,
			replications: input.run.replications,
			horizonHours: input.run.weeks * HOURS_PER_WEEK,
			warmupHours: input.run.warmupWeeks * HOURS_PER_WEEK
		}),
		{ full },
		tick
	);
	return { prepared, result, ...summarise(prepared, result) };
}

/** The value of an assumption moved by `factor`, kept inside its bounds. */
function moved(key: AssumptionKey, value: number, factor: number): number {
	const v = value * factor;
	if (key.startsWith('reworkProbability')) return Math.min(0.95, v);
	if (key === 'reworkShare' || key === 'aiReviewShare') return Math.min(1, v);
	if (key.endsWith('Scale')) return Math.min(10, Math.max(0.1, v));
	return v;
}

function reportOf(
	input: SimulationInput,
	library: SimulationLibrary,
	tick: () => void
): SimulationReport {
	// Validated already, so the merge succeeds; done once, not once per sensitivity run.
	library = { ...library, activities: activitiesOf(input, library) as Activity[] };
	const assumptions = { ...defaultValues(library.defaults), ...input.assumptions };
	const base = execute(input, library, assumptions, tick);
	const labels = library.defaults.assumptions;
	const sensitivity: SensitivityRow[] = input.run.sensitivity
		? assumptionKeys.map((key) => {
				const at = (factor: number) => {
					const value = moved(key, assumptions[key], factor);
					const run = execute(input, library, { ...assumptions, [key]: value }, tick, false);
					return { value, ...run.headline };
				};
				return {
					key,
					label: labels[key].label,
					base: assumptions[key],
					low: at(0.75),
					high: at(1.25)
				};
			})
		: [];
	const names = new Map<string, string>([
		...library.templates.map((t) => [t.id, t.name] as const),
		...Object.entries(areaLabels).map(
			([area, label]) => [`recurring-${area}`, `Recurring: ${label}`] as const
		),
		['recurring-management', 'Recurring: line management']
	]);
	const volume = new Map<string, number>();
	for (const f of base.prepared.built.model.flows)
		volume.set(
			f.group!,
			(volume.get(f.group!) ?? 0) + f.arrivals.perHour * QUARTER_WEEKS * HOURS_PER_WEEK
		);
	return {
		scenario: {
			name: input.scenario.name,
			structure: input.scenario.structure,
			seats: input.scenario.seats.length
		},
		run: input.run,
		profile: resolvedProfileOf(input, library),
		assumptions,
		overall: base.result.overall,
		unfinishedItems: base.result.unfinishedItems,
		templates: base.result.groups.map(({ group, ...stats }) => ({
			templateId: group,
			name: names.get(group) ?? group,
			perQuarter: volume.get(group) ?? 0,
			...stats
		})),
		perSeat: base.perSeat,
		handoffTax: base.handoffTax,
		roles: base.roles,
		headline: base.headline,
		unresolved: base.prepared.built.unresolved,
		sensitivity
	};
}

/** A progress callback counting replications over a known total. */
function progress(total: number, onProgress?: (done: number, total: number) => void) {
	let done = 0;
	return () => onProgress?.(++done, total);
}

/**
 * Runs one scenario: validates the input (SimulationInputError), simulates it with the sourced
 * defaults filled in and, unless run.sensitivity is false, each assumption at −25% and +25%
 * (same seed: common random numbers). onProgress(done, total) follows the replications.
 * Deterministic: the same input and library give the same report.
 */
export function runSimulation(
	raw: SimulationInputData,
	library: SimulationLibrary,
	onProgress?: (done: number, total: number) => void
): SimulationReport {
	const input = parseSimulationInput(raw, library);
	return reportOf(input, library, progress(replicationsOf(input), onProgress));
}

/** What moving from `base` to `other` changes; positive figures are reclaimed by `other`. */
export function differencesOf(base: SimulationReport, other: SimulationReport): Differences {
	const lead = base.overall.leadTime.meanHours - other.overall.leadTime.meanHours;
	return {
		leadTimeHoursReclaimed: lead,
		leadTimeDaysReclaimed: lead / HOURS_PER_DAY,
		capacityHoursReclaimed: base.handoffTax.hours - other.handoffTax.hours,
		handoffDaysReclaimed:
			base.handoffTax.calendarDaysPerItem - other.handoffTax.calendarDaysPerItem,
		handoffsPerItemReduced: base.overall.handoffsPerItem - other.overall.handoffsPerItem,
		throughputPerWeekGained: other.overall.throughputPerWeek - base.overall.throughputPerWeek,
		explanation: explainLeadTime(base, other)
	};
}

/** Runs `f`, naming input issues it raises as issues of the compared input (`compare.…`). */
function asCompared<T>(f: () => T): T {
	try {
		return f();
	} catch (err) {
		if (!(err instanceof SimulationInputError)) throw err;
		throw new SimulationInputError(
			err.issues.map((i) => ({
				path: i.path ? `compare.${i.path}` : 'compare',
				message: i.message
			}))
		);
	}
}

/**
 * Runs `base` and `other` and what moving from one to the other reclaims. Both inputs are
 * validated first; issues of the second, found then or while it runs, are prefixed `compare.`.
 */
export function runComparison(
	baseRaw: SimulationInputData,
	otherRaw: SimulationInputData,
	library: SimulationLibrary,
	onProgress?: (done: number, total: number) => void
): SimulationResponse {
	const base = parseSimulationInput(baseRaw, library);
	const other = asCompared(() => parseSimulationInput(otherRaw, library));
	const tick = progress(replicationsOf(base) + replicationsOf(other), onProgress);
	const a = reportOf(base, library, tick);
	const b = asCompared(() => reportOf(other, library, tick));
	return { ...a, compare: { result: b, differences: differencesOf(a, b) } };
}
