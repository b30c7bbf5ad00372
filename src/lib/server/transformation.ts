import { diffAccountability } from '$lib/domain/accountability/diff';
import { generateMap } from '$lib/domain/accountability/generate';
import { applyOverrides } from '$lib/domain/accountability/overrides';
import type { Override } from '$lib/domain/accountability/schema';
import { mapInput } from '$lib/domain/accountability/work';
import { diffDesigns } from '$lib/domain/scenario/diff';
import { designOf, type Design, type Scenario } from '$lib/domain/scenario/schema';
import { runSimulation, type SimulationLibrary } from '$lib/domain/simulation/run';
import { savingsOf, type Savings, type TransformPreview } from '$lib/domain/transformation/savings';
import type { TransformChoices } from '$lib/domain/transformation/schema';
import { transformToTwoTower } from '$lib/domain/transformation/transform';
import { AppError } from './errors';

/** A short seeded run each side: the same settings, so the savings compare like with like. */
const SAVINGS_RUN = { seed: 1, replications: 5, sensitivity: false } as const;

function simulatedSavings(
	before: Design,
	overrides: readonly Override[],
	after: Design,
	library: SimulationLibrary
): Savings | null {
	try {
		const today = { scenario: before, run: SAVINGS_RUN, accountabilityOverrides: [...overrides] };
		const a = runSimulation(today, library);
		const b = runSimulation({ scenario: after, run: SAVINGS_RUN }, library);
		return savingsOf(a, b);
	} catch {
		return null;
	}
}

/**
 * The wizard's draft for a functional scenario with the choices given (left-out ones take the
 * suggestions), its org and accountability diffs and the simulated savings. Today's side is
 * the scenario's stored map: generated, then its accountability `overrides`; the draft is a new
 * design, with its generated map. Bad choices are refused with 422 naming each one; nothing is
 * saved here.
 */
export function previewTransform(
	scenario: Scenario,
	choices: TransformChoices,
	library: SimulationLibrary,
	overrides: readonly Override[] = []
): TransformPreview {
	const before = designOf(scenario);
	const out = transformToTwoTower(before, choices);
	if (!out.ok)
		throw new AppError(
			422,
			'invalid_transformation',
			`The draft cannot be made: ${out.issues[0]!.message}`,
			out.issues
		);
	const mapOf = (design: Design) => generateMap(mapInput(design, library));
	return {
		design: out.design,
		audiences: out.audiences,
		mapping: out.mapping,
		diff: {
			org: diffDesigns(before, out.design),
			accountability: diffAccountability(
				{ design: before, map: applyOverrides(mapOf(before), overrides) },
				{ design: out.design, map: mapOf(out.design) }
			)
		},
		savings: simulatedSavings(before, overrides, out.design, library)
	};
}
