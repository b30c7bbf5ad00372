import { assignedByOverrides } from '../accountability/assigned';
import { areaLabels, type Activity } from '../catalogue/schema';
import { designWorkload } from '../demand/workload';
import { designOf, type Design } from '../scenario/schema';
import { assumptionKeys, defaultValues, type AssumptionKey, type Assumptions } from './assumptions';
import { simulateModel } from './engine';
import { explainLeadTime } from './explain';
import { buildModel } from './from-scenario';
import type { SimulationInput, SimulationInputData } from './input';
import type { Differences, SensitivityRow, SimulationReport, SimulationResponse } from './report';
import { scaleEffort } from './scale-effort';
import { HOURS_PER_DAY, QUARTER_WEEKS, summarise, type Prepared } from './summary';
import { HOURS_PER_WEEK, simulationModelSchema, simulationOptionsSchema } from './schema';
import {
	activitiesOf,
	parseSimulationInput,
	profileOf,
	resolvedProfileOf,
	SimulationInputError,
	type SimulationLibrary
} from './validate';

export {
	parseSimulationInput,
	profileOf,
	resolvedProfileOf,
	SimulationInputError,
	type SimulationLibrary
};

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
		aiGates: new Set(library.aiGates ?? []),
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
