import { designOf, structureLabels, type Design, type Scenario } from '$lib/domain/scenario/schema';
import type { Starter } from '$lib/domain/scenario/starter';
import type { Actor } from '$lib/domain/access/schema';
import { notFound } from '$lib/server/errors';
import * as scenarios from '$lib/server/store/scenarios';
import type { ScenarioSummary } from '$lib/server/store/scenarios';

/** A scenario to compare with: a visible scenario by id, or a starter design as `starter:<id>`. */
export interface Comparison {
	key: string;
	name: string;
	structure: Design['structure'];
	design: Design;
}

const STARTER = 'starter:';

/**
 * The default comparison is "legacy vs two-tower": a functional scenario is compared with a
 * visible two-tower scenario (else the two-tower starter), anything else with a visible
 * functional one (else the legacy starter). Like for like: among candidates, the one whose FTE
 * is closest to this scenario's wins; the current scenario wins among equals.
 */
export function defaultComparison(scenario: Scenario, visible: ScenarioSummary[]): string {
	const wanted = scenario.structure === 'functional' ? 'two-tower' : 'functional';
	const fte = scenario.seats.reduce((sum, seat) => sum + seat.fte, 0);
	const gap = (s: ScenarioSummary) => Math.abs(s.fte - fte);
	const candidates = visible.filter((s) => s.id !== scenario.id && s.structure === wanted);
	const match = candidates.reduce<ScenarioSummary | undefined>(
		(best, s) => (best === undefined || gap(s) < gap(best) ? s : best),
		undefined
	);
	if (match) return match.id;
	return `${STARTER}${wanted === 'two-tower' ? 'two-tower' : 'legacy-functional'}`;
}

/** Opens the comparison `key` with the user's permissions; unknown or invisible is a 404. */
export async function openComparison(
	user: Actor,
	key: string,
	starters: Starter[]
): Promise<Comparison> {
	if (key.startsWith(STARTER)) {
		const starter = starters.find((s) => `${STARTER}${s.id}` === key);
		if (!starter) throw notFound('Starter model');
		const { design } = starter;
		return { key, name: `${starter.label} (starter)`, structure: design.structure, design };
	}
	const other = await scenarios.get(user, key);
	return { key, name: other.name, structure: other.structure, design: designOf(other) };
}

/** The options of the comparison picker: visible scenarios, then the starter designs. */
export function comparisonOptions(visible: ScenarioSummary[], starters: Starter[]) {
	return [
		...visible.map((s) => ({
			key: s.id,
			label: `${s.name}${s.status === 'current' ? ' (current)' : ''} · ${structureLabels[s.structure]}`,
			group: 'Scenarios'
		})),
		...starters.map((s) => ({ key: `${STARTER}${s.id}`, label: s.label, group: 'Starter designs' }))
	];
}
