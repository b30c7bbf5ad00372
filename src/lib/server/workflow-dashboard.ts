import type { Actor } from '$lib/domain/access/schema';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { designOf } from '$lib/domain/scenario/schema';
import { runSimulation } from '$lib/domain/simulation/run';
import type { BoardFilter } from '$lib/domain/workflow/board';
import { dashboardOf, type Dashboard } from '$lib/domain/workflow/dashboard';
import { modelFigures, type ModelFigures } from '$lib/domain/workflow/dashboard-model';
import { stepsOf } from '$lib/domain/workflow/schema';
import * as accountability from './store/accountability';
import * as runs from './store/runs';
import * as scenarios from './store/scenarios';
import { workspaceSimulationLibrary } from './workspace-library';

/** A short seeded run, as the health check's: the same figures on every load. */
const MODEL_RUN = { seed: 1, replications: 5, sensitivity: false } as const;

/** The model's side of the dashboard: which scenario, its figures, or why there are none. */
export interface ModelSide {
	scenarioName: string | null;
	figures: ModelFigures[];
	/** Why the model has no figures (no current scenario, a design it cannot simulate). */
	unavailable: string | null;
}

/**
 * The simulation of the workspace's current scenario (its accountability overrides and the
 * approved policy applied) as figures per workflow template, for the dashboard's model column.
 */
async function modelSide(user: Actor): Promise<ModelSide> {
	const current = await scenarios.current(user);
	if (!current)
		return { scenarioName: null, figures: [], unavailable: 'No current scenario is published.' };
	const [library, saved] = await Promise.all([
		workspaceSimulationLibrary(),
		accountability.get(user, current.id)
	]);
	try {
		const report = runSimulation(
			{ scenario: designOf(current), run: MODEL_RUN, accountabilityOverrides: saved.overrides },
			library
		);
		const gates = new Map(
			library.templates.map((t) => [
				t.id,
				stepsOf(t).flatMap((s) => (s.review ? [s.review.timing] : []))
			])
		);
		const figures = modelFigures(
			report.templates.filter((t) => gates.has(t.templateId)),
			{ ...report.assumptions, maxReviewRounds: library.defaults.maxReviewRounds },
			gates
		);
		return { scenarioName: current.name, figures, unavailable: null };
	} catch (err) {
		const why = err instanceof Error ? err.message : 'the simulation refused the design';
		return { scenarioName: current.name, figures: [], unavailable: why };
	}
}

/**
 * The operating dashboard (PRODUCT.md C8, seed 001's internal KPIs) over every run on `now`'s
 * date, filtered as the board is, with the current scenario's simulated figures beside it.
 */
export async function dashboard(
	user: Actor,
	filter: BoardFilter = {},
	now = new Date()
): Promise<Dashboard & { model: Omit<ModelSide, 'figures'> }> {
	const [views, model] = await Promise.all([runs.list(user), modelSide(user)]);
	const { figures, ...rest } = model;
	return { ...dashboardOf(views, calendarDateOf(now), filter, figures), model: rest };
}
