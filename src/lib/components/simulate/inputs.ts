import type { Override } from '$lib/domain/accountability/schema';
import { assumptionKeys, type AssumptionKey } from '$lib/domain/simulation/assumptions';
import { simulationInputSchema, type SimulationInputData } from '$lib/domain/simulation/input';
import type { SimulationLibrary } from '$lib/domain/simulation/run';
import type { Design } from '$lib/domain/scenario/schema';
import { zodIssues, type Issue } from '$lib/domain/shared/issues';

/** What the Simulate form holds; an emptied number input is null. */
export interface FormValues {
	run: {
		replications: number | null;
		seed: number | null;
		weeks: number | null;
		sensitivity: boolean;
	};
	assumptions: Record<AssumptionKey, number | null>;
	/** Runs per quarter by volumeKey(template, audience). */
	volumes: Record<string, number | null>;
}

export interface AudienceColumn {
	id: string;
	name: string;
	/** Which scenarios have the audience: both, or only one of them. */
	in: 'both' | 'base' | 'compare';
}

export const volumeKey = (templateId: string, audienceId: string) =>
	`volume:${templateId}:${audienceId}`;

/** The audiences of both designs, the simulated one's first, each once by id. */
export function audienceColumns(base: Design, compare: Design): AudienceColumn[] {
	const other = new Set(compare.audiences.map((a) => a.id));
	const own = new Set(base.audiences.map((a) => a.id));
	return [
		...base.audiences.map((a) => ({
			id: a.id,
			name: a.name,
			in: other.has(a.id) ? 'both' : 'base'
		})),
		...compare.audiences
			.filter((a) => !own.has(a.id))
			.map((a) => ({ id: a.id, name: a.name, in: 'compare' }))
	] as AudienceColumn[];
}

/** The form's starting values: 20 replications, seed 1, a quarter, the library's defaults. */
export function initialValues(library: SimulationLibrary, audiences: AudienceColumn[]): FormValues {
	const assumptions = Object.fromEntries(
		assumptionKeys.map((k) => [k, library.defaults.assumptions[k].value])
	) as FormValues['assumptions'];
	const volumes = Object.fromEntries(
		library.templates.flatMap((t) =>
			audiences.map((a) => [volumeKey(t.id, a.id), t.volumePerAudiencePerQuarter])
		)
	);
	return { run: { replications: 20, seed: 1, weeks: 13, sensitivity: true }, assumptions, volumes };
}

/** A simulation input for one design, and the form field of each of its workload entries. */
export interface BuiltInput {
	input: SimulationInputData;
	workloadFields: string[];
}

/** The input the worker validates and runs: the form's settings on `design`'s own audiences. */
export function buildInput(
	design: Design,
	values: FormValues,
	library: SimulationLibrary,
	overrides: Override[] = []
): BuiltInput {
	const entries = library.templates.flatMap((t) =>
		design.audiences.map((a) => ({
			templateId: t.id,
			audienceId: a.id,
			perQuarter: values.volumes[volumeKey(t.id, a.id)] ?? t.volumePerAudiencePerQuarter
		}))
	);
	const { replications, seed, weeks, sensitivity } = values.run;
	const input = {
		scenario: design,
		...(entries.length > 0 ? { workload: entries } : {}),
		assumptions: values.assumptions,
		run: { replications, seed, weeks, sensitivity },
		...(overrides.length > 0 ? { accountabilityOverrides: overrides } : {})
	} as SimulationInputData;
	return { input, workloadFields: entries.map((e) => volumeKey(e.templateId, e.audienceId)) };
}

/**
 * Issues found before anything is sent to the worker: emptied fields ("enter a number"), then
 * what the input schema says about the rest, so every bad field is marked at once.
 */
export function formIssues(values: FormValues, built: BuiltInput): Issue[] {
	const empty = emptyFields(values);
	if (empty.length === 0) return [];
	const parsed = simulationInputSchema.safeParse(built.input);
	return [...empty, ...(parsed.success ? [] : zodIssues(parsed.error))];
}

function emptyFields(values: FormValues): Issue[] {
	const numbers: [string, number | null][] = [
		...(['replications', 'seed', 'weeks'] as const).map((k): [string, number | null] => [
			`run.${k}`,
			values.run[k]
		]),
		...assumptionKeys.map((k): [string, number | null] => [
			`assumptions.${k}`,
			values.assumptions[k]
		]),
		...Object.entries(values.volumes)
	];
	return numbers
		.filter(([, v]) => v === null || !Number.isFinite(v))
		.map(([path]) => ({ path, message: 'enter a number' }));
}

/**
 * The form field an input issue belongs to: `run.seed` and `assumptions.handoffHours` are
 * fields already; `workload[3].perQuarter` is the volume cell of that entry. Else null.
 */
export function fieldOf(path: string, workloadFields: string[]): string | null {
	const volume = /^workload\[(\d+)\]/.exec(path);
	if (volume) return workloadFields[Number(volume[1])] ?? null;
	const setting = /^(run|assumptions)\.(\w+)/.exec(path);
	return setting ? `${setting[1]}.${setting[2]}` : null;
}

/**
 * Issues of a run placed on the form: by field key, and the ones that name no field (the
 * compared scenario's marked "B: "). Issues of the compared input arrive prefixed `compare.`.
 */
export function placeIssues(
	invalid: { side: 'base' | 'compare'; issues: Issue[] } | null,
	workloadFieldsOf: (side: 'base' | 'compare') => string[]
): { fields: Record<string, string>; other: string[] } {
	const fields: Record<string, string> = {};
	const other: string[] = [];
	for (const { path: raw, message } of invalid?.issues ?? []) {
		const side = invalid!.side === 'compare' || raw.startsWith('compare.') ? 'compare' : 'base';
		const path = raw.replace(/^compare\./, '');
		const field = path.startsWith('volume:') ? path : fieldOf(path, workloadFieldsOf(side));
		if (field) fields[field] ??= message;
		else other.push(`${side === 'compare' ? 'B: ' : ''}${path || 'input'}: ${message}`);
	}
	return { fields, other };
}
