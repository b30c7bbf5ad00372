import { z } from 'zod';
import { designOf, idSchema, type Scenario } from '../scenario/schema';
import { formatPath, type Issue } from '../shared/issues';
import { assumptionsSchema } from './assumptions';
import { runSettingsSchema, workloadEntrySchema, type SimulationInputData } from './input';
import { SimulationInputError } from './run';

const run = runSettingsSchema.shape;

const scenarioIdOf = (what: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined
					? `is required: the id of ${what} (GET /api/v1/scenarios lists them)`
					: `expected the id of ${what} as a string`
		})
		.pipe(idSchema);

/** `{ scenarioId, … }`: simulate a stored scenario; unset fields take the input format's defaults. */
export const scenarioRequestSchema = z.strictObject({
	scenarioId: scenarioIdOf('the scenario to simulate'),
	compareScenarioId: scenarioIdOf('the scenario to compare with').optional(),
	seed: run.seed.unwrap().optional(),
	replications: run.replications.unwrap().optional(),
	sensitivity: run.sensitivity.unwrap().optional(),
	assumptions: assumptionsSchema.partial().optional(),
	workload: z
		.array(workloadEntrySchema)
		.min(1, 'name at least one template run')
		.max(5000)
		.optional()
});
export type ScenarioRequest = z.infer<typeof scenarioRequestSchema>;

const inputDocument = z
	.record(z.string(), z.unknown(), {
		error: 'expected the simulation input as an object such as { "scenario": { … } }'
	})
	.refine((doc) => 'scenario' in doc, {
		path: ['scenario'],
		message: 'is required: the org design to simulate (a scenario exported from the app goes here)'
	});

/** `{ input, compareInput? }`: documents in the simulation input format, checked when built. */
export const inputRequestSchema = z.strictObject({
	input: inputDocument,
	compareInput: inputDocument.optional()
});
export type InputRequest = z.infer<typeof inputRequestSchema>;

export type SimulationRequest = ScenarioRequest | InputRequest;

const isObject = (raw: unknown): raw is Record<string, unknown> =>
	typeof raw === 'object' && raw !== null && !Array.isArray(raw);

/**
 * The body of POST /api/v1/simulations: by scenario id or by input document, never both. Issues
 * are those of the one form the body chose, so each names its own field.
 */
export const simulationRequestSchema = z.unknown().transform((raw, ctx): SimulationRequest => {
	const choose = 'expected "scenarioId" or "input"';
	if (!isObject(raw)) {
		ctx.addIssue({ code: 'custom', message: `${choose} in a JSON object` });
		return z.NEVER;
	}
	const byInput = 'input' in raw || 'compareInput' in raw;
	const byScenario = 'scenarioId' in raw || 'compareScenarioId' in raw;
	if (byInput === byScenario) {
		const message = byInput ? 'send "scenarioId" or "input", not both' : choose;
		ctx.addIssue({ code: 'custom', message });
		return z.NEVER;
	}
	const parsed = (byInput ? inputRequestSchema : scenarioRequestSchema).safeParse(raw);
	if (parsed.success) return parsed.data;
	for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
	return z.NEVER;
});

/** The input document for a stored scenario and the request's run settings and assumptions. */
export function scenarioInput(scenario: Scenario, request: ScenarioRequest): SimulationInputData {
	const { seed, replications, sensitivity, assumptions, workload } = request;
	const runSettings = Object.fromEntries(
		Object.entries({ seed, replications, sensitivity }).filter(([, v]) => v !== undefined)
	);
	return {
		scenario: designOf(scenario),
		run: runSettings,
		...(assumptions ? { assumptions } : {}),
		...(workload ? { workload } : {})
	};
}

/** Which input of a request an issue is about: the simulated one or the compared one. */
export type Side = 'base' | 'compare';

/**
 * The request path of an issue found in a built input (`scenario.seats[3].fte`, `run.seed`):
 * under `input`/`compareInput`, or for scenario ids the request field it came from.
 */
export function requestPath(request: SimulationRequest, side: Side, path: string): string {
	if ('input' in request) return join(side === 'base' ? 'input' : 'compareInput', path);
	if (path === 'scenario' || path.startsWith('scenario.') || path.startsWith('scenario['))
		return side === 'base' ? 'scenarioId' : 'compareScenarioId';
	return path.startsWith('run.') ? path.slice('run.'.length) : path;
}

const join = (prefix: string, path: string) =>
	path === '' ? prefix : path.startsWith('[') ? prefix + path : `${prefix}.${path}`;

/** Issues of a built input, located in the request (and saying which scenario, when compared). */
export function requestIssues(request: SimulationRequest, side: Side, issues: Issue[]): Issue[] {
	const about = side === 'compare' && !('input' in request) ? ' (in the compared scenario)' : '';
	return issues.map((i) => ({
		path: requestPath(request, side, i.path),
		message: `${i.message}${about}`
	}));
}

/** Runs `fn` (a parse or a run of one side), returning an input mistake as request issues. */
export function inRequest<T>(request: SimulationRequest, side: Side, fn: () => T): T | Issue[] {
	try {
		return fn();
	} catch (err) {
		if (err instanceof SimulationInputError) return requestIssues(request, side, err.issues);
		throw err;
	}
}

/** The path of the replications setting for a side, in the request's own terms. */
export const replicationsPath = (request: SimulationRequest, side: Side) =>
	requestPath(request, side, formatPath(['run', 'replications']));
