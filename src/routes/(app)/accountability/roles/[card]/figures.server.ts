import type { Actor } from '$lib/domain/access/schema';
import { designOf, type Design, type Scenario } from '$lib/domain/scenario/schema';
import { runSimulation } from '$lib/domain/simulation/run';
import type { SeatMatch } from '$lib/domain/transformation/role-card';
import { roleFigures, type RoleFigures } from '$lib/domain/transformation/role-figures';
import { loadStarters } from '$lib/server/models';
import { defaultComparison, openComparison } from '$lib/server/comparison';
import * as accountability from '$lib/server/store/accountability';
import * as scenarios from '$lib/server/store/scenarios';
import { workspaceSimulationLibrary } from '$lib/server/workspace-library';

/** The same short seeded run on both sides, so the weeks compare like with like. */
const FIGURES_RUN = { seed: 1, replications: 5, sensitivity: false } as const;

export interface CardFigures {
	legacyName: string;
	nextName: string;
	figures: RoleFigures;
}

/**
 * A role card's live figures: the workspace's current scenario against its counterpart (a
 * functional or other current scenario against the two-tower scenario closest in FTE, else the
 * two-tower starter; a two-tower current one against the closest functional). Each side runs
 * with its own accountability overrides. Null with no current scenario or when either side
 * cannot be simulated.
 */
export async function cardFigures(
	user: Actor,
	card: { legacy: SeatMatch; twoTower: SeatMatch }
): Promise<CardFigures | null> {
	const current = await scenarios.current(user);
	if (!current) return null;
	const visible = await scenarios.list(user);
	const towers = current.structure === 'two-tower';
	const asked: Scenario = towers ? current : { ...current, structure: 'functional' };
	const other = await openComparison(user, defaultComparison(asked, visible), loadStarters());
	const library = await workspaceSimulationLibrary();
	const overridesOf = async (id: string | null) =>
		id ? (await accountability.get(user, id)).overrides : [];
	const side = async (design: Design, id: string | null) => ({
		design,
		report: runSimulation(
			{ scenario: design, run: FIGURES_RUN, accountabilityOverrides: await overridesOf(id) },
			library
		)
	});
	const otherId = other.key.startsWith('starter:') ? null : other.key;
	try {
		const mine = await side(designOf(current), current.id);
		const theirs = await side(other.design, otherId);
		const [legacy, next] = towers ? [theirs, mine] : [mine, theirs];
		return {
			legacyName: towers ? other.name : current.name,
			nextName: towers ? current.name : other.name,
			figures: roleFigures(card, legacy, next)
		};
	} catch {
		return null;
	}
}
