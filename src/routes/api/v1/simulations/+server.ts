import { json } from '@sveltejs/kit';
import type { Actor } from '$lib/domain/access/schema';
import type { Issue } from '$lib/domain/shared/issues';
import type { SimulationInput } from '$lib/domain/simulation/input';
import type { SimulationReport, SimulationResponse } from '$lib/domain/simulation/report';
import {
	inRequest,
	scenarioInput,
	simulationRequestSchema,
	type Side,
	type SimulationRequest
} from '$lib/domain/simulation/request';
import { differencesOf, parseSimulationInput, runSimulation } from '$lib/domain/simulation/run';
import { workIssue } from '$lib/domain/simulation/work-limit';
import { endpoint, readJson, SCENARIO_BODY_LIMIT } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { invalid } from '$lib/server/errors';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';
import * as scenarios from '$lib/server/store/scenarios';
import type { RequestHandler } from './$types';

/** The input documents of a request; stored scenarios are read with the caller's rights (404). */
async function documentsOf(user: Actor, request: SimulationRequest) {
	if ('input' in request) return { base: request.input, compare: request.compareInput };
	const read = async (id: string) => scenarioInput(await scenarios.get(user, id), request);
	const other = request.compareScenarioId;
	return { base: await read(request.scenarioId), compare: other ? await read(other) : undefined };
}

const refuse = (issues: Issue[]) => invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);

/** Simulates a scenario, and compares it with a second; any signed-in role, nothing is stored. */
export const POST: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const body = await readJson(request, simulationRequestSchema, SCENARIO_BODY_LIMIT);
	const documents = await documentsOf(user, body);
	const library = await workspaceSimulationLibrary();
	const sides: { side: Side; input: SimulationInput }[] = [];
	const issues: Issue[] = [];
	for (const side of ['base', 'compare'] as const) {
		const raw = documents[side];
		const input = raw && inRequest(body, side, () => parseSimulationInput(raw, library));
		if (Array.isArray(input)) issues.push(...input);
		else if (input) sides.push({ side, input });
	}
	const tooMuch = issues.length === 0 ? workIssue(body, sides, library) : null;
	if (tooMuch) issues.push(tooMuch);
	if (issues.length > 0) throw refuse(issues);

	const reports = sides.map(({ side, input }) => {
		const report = inRequest(body, side, () => runSimulation(input, library));
		if (Array.isArray(report)) throw refuse(report);
		return report;
	});
	const [base, compare] = reports as [SimulationReport, SimulationReport?];
	const response: SimulationResponse = compare
		? { ...base, compare: { result: compare, differences: differencesOf(base, compare) } }
		: base;
	return json(response);
});
