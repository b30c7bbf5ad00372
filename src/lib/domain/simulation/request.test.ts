import { describe, expect, it } from 'vitest';
import { library, starterDesign } from './testing';
import { zodIssues } from '../shared/issues';
import { simulationInputSchema } from './input';
import {
	requestIssues,
	scenarioInput,
	simulationRequestSchema,
	type SimulationRequest
} from './request';
import { parseSimulationInput, SimulationInputError } from './run';

const towers = starterDesign('two-tower');
const stored = {
	...towers,
	id: 'proposal',
	status: 'draft' as const,
	visibility: 'workspace' as const,
	authorId: 'ada',
	version: 3,
	createdAt: '2025-01-01T00:00:00.000Z',
	updatedAt: '2025-01-02T00:00:00.000Z'
};

/** The issues (path and message) the request schema reports for `raw`, or [] when it is valid. */
function issuesOf(raw: unknown) {
	const parsed = simulationRequestSchema.safeParse(raw);
	return parsed.success ? [] : zodIssues(parsed.error);
}

/** The issues of building a request's input, located in the request. */
function inputIssues(request: SimulationRequest, raw: unknown) {
	try {
		parseSimulationInput(raw, library);
		return [];
	} catch (err) {
		if (!(err instanceof SimulationInputError)) throw err;
		return requestIssues(request, 'base', err.issues);
	}
}

describe('simulationRequestSchema', () => {
	it('accepts a scenario id with run settings, assumptions and a workload', () => {
		const body = {
			scenarioId: 'today',
			compareScenarioId: 'proposal',
			seed: 7,
			replications: 5,
			sensitivity: false,
			assumptions: { handoffHours: 0 },
			workload: [{ templateId: 'paid-campaign', audienceId: 'enterprise-finance', perQuarter: 2 }]
		};
		expect(simulationRequestSchema.parse(body)).toEqual(body);
	});

	it('accepts input documents and leaves them to the input format', () => {
		const body = { input: { scenario: towers }, compareInput: { scenario: towers } };
		expect(simulationRequestSchema.parse(body)).toEqual(body);
	});

	it.each([
		['an empty object', {}, '', 'expected "scenarioId" or "input"'],
		['a body without either', { seed: 1 }, '', 'expected "scenarioId" or "input"'],
		['a list', [], '', 'expected "scenarioId" or "input" in a JSON object'],
		['both forms', { scenarioId: 'a', input: {} }, '', 'send "scenarioId" or "input", not both'],
		[
			'only a comparison',
			{ compareScenarioId: 'a' },
			'scenarioId',
			'is required: the id of the scenario to simulate (GET /api/v1/scenarios lists them)'
		],
		[
			'a numeric id',
			{ scenarioId: 12 },
			'scenarioId',
			'expected the id of the scenario to simulate as a string'
		],
		[
			'a malformed comparison id',
			{ scenarioId: 'a', compareScenarioId: '../etc' },
			'compareScenarioId',
			'expected 1–64 letters, digits, "-" or "_"'
		],
		[
			'zero replications',
			{ scenarioId: 'a', replications: 0 },
			'replications',
			'must be at least 1'
		],
		[
			'too many replications',
			{ scenarioId: 'a', replications: 5000 },
			'replications',
			'must be at most 1000'
		],
		['a fractional seed', { scenarioId: 'a', seed: 1.5 }, 'seed', 'expected a whole number'],
		[
			'a string for sensitivity',
			{ scenarioId: 'a', sensitivity: 'yes' },
			'sensitivity',
			'expected true or false'
		],
		[
			'a negative assumption',
			{ scenarioId: 'a', assumptions: { handoffHours: -1 } },
			'assumptions.handoffHours',
			'must be at least 0 hours'
		],
		[
			'an unknown assumption',
			{ scenarioId: 'a', assumptions: { morale: 1 } },
			'assumptions.morale',
			'is not a known field; remove it or check its spelling'
		],
		[
			'a bad workload entry',
			{ scenarioId: 'a', workload: [{ templateId: 'x', audienceId: 'y', perQuarter: -1 }] },
			'workload[0].perQuarter',
			'must be at least 0 runs'
		],
		[
			'an unknown field',
			{ scenarioId: 'a', weeks: 4 },
			'weeks',
			'is not a known field; remove it or check its spelling'
		],
		[
			'an input that is not an object',
			{ input: 'two-tower' },
			'input',
			'expected the simulation input as an object such as { "scenario": { … } }'
		],
		[
			'a comparison input that is not an object',
			{ input: { scenario: towers }, compareInput: [] },
			'compareInput',
			'expected the simulation input as an object such as { "scenario": { … } }'
		],
		[
			'an input without a scenario',
			{ input: { ...towers } },
			'input.scenario',
			'is required: the org design to simulate (a scenario exported from the app goes here)'
		],
		[
			'an unknown field beside the input',
			{ input: { scenario: towers }, seed: 3 },
			'seed',
			'is not a known field; remove it or check its spelling'
		]
	])('refuses %s', (_, body, path, message) => {
		expect(issuesOf(body)).toContainEqual({ path, message });
	});
});

describe('scenarioInput', () => {
	it('simulates the stored design with the run settings given, defaults for the rest', () => {
		const input = scenarioInput(stored, { scenarioId: 'proposal', replications: 4 });
		const parsed = simulationInputSchema.parse(input);
		expect(parsed.scenario.seats).toEqual(towers.seats);
		expect(parsed.scenario).not.toHaveProperty('version');
		expect(parsed.run).toMatchObject({ seed: 1, replications: 4, sensitivity: true });
		expect(parsed.assumptions).toEqual({});
		expect(parsed.workload).toBeUndefined();
	});

	it('carries assumptions, workload, seed and sensitivity', () => {
		const workload = [
			{ templateId: 'paid-campaign', audienceId: towers.audiences[0]!.id, perQuarter: 3 }
		];
		const request = {
			scenarioId: 'proposal',
			seed: 9,
			sensitivity: false,
			assumptions: { reviewHours: 2 },
			workload
		};
		expect(simulationInputSchema.parse(scenarioInput(stored, request))).toMatchObject({
			run: { seed: 9, replications: 20, sensitivity: false },
			assumptions: { reviewHours: 2 },
			workload
		});
	});
});

describe('issues of a built input, located in the request', () => {
	it('names input.scenario.seats[N].fte for an input document', () => {
		const seats = towers.seats.map((s, i) => (i === 3 ? { ...s, fte: 2 } : s));
		const raw = { scenario: { ...towers, seats } };
		expect(inputIssues({ input: raw }, raw)).toContainEqual({
			path: 'input.scenario.seats[3].fte',
			message: 'must be at most 1'
		});
	});

	it('names compareInput for the compared document', () => {
		const request = { input: {}, compareInput: {} };
		expect(requestIssues(request, 'compare', [{ path: 'run.seed', message: 'm' }])).toEqual([
			{ path: 'compareInput.run.seed', message: 'm' }
		]);
	});

	it('names the request field for a scenario id request', () => {
		const request = { scenarioId: 'today', compareScenarioId: 'proposal' };
		const issues = [
			{ path: 'run.replications', message: 'must be at most 1000' },
			{ path: 'workload[0].audienceId', message: 'no audience "smb"' },
			{ path: 'scenario.seats[2].fte', message: 'must be at most 1' }
		];
		expect(requestIssues(request, 'base', issues).map((i) => i.path)).toEqual([
			'replications',
			'workload[0].audienceId',
			'scenarioId'
		]);
		expect(requestIssues(request, 'compare', issues)).toContainEqual({
			path: 'workload[0].audienceId',
			message: 'no audience "smb" (in the compared scenario)'
		});
	});

	it('names the unknown audience of a workload entry', () => {
		const workload = [{ templateId: 'paid-campaign', audienceId: 'nobody', perQuarter: 1 }];
		const request = { scenarioId: 'proposal', workload };
		const issues = inputIssues(request, scenarioInput(stored, request));
		expect(issues.map((i) => i.path)).toContain('workload[0].audienceId');
	});
});
