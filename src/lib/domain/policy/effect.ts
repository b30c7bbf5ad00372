import type { Activity } from '../catalogue/schema';
import { runSimulation, type SimulationLibrary } from '../simulation/run';
import type { SimulationInputData } from '../simulation/input';
import type { SimulationReport } from '../simulation/report';
import { QUARTER_WEEKS } from '../simulation/summary';
import type { Policy } from './schema';
import { applyPolicy } from './simulation';

/** A short seeded run: enough to show the direction and size of a change, not its decimals. */
export const EFFECT_RUN = { seed: 1, replications: 5, sensitivity: false } as const;

/** One side of the comparison; hours are per quarter (13 weeks) over all seats. */
export interface EffectFigures {
	/** Transfer effort at hand-offs plus rework after reviews, hours a quarter. */
	handoffTaxHours: number;
	/**
	 * People's craft hours a quarter that AI absorbs (catalogue aiShare at each pool's AI level):
	 * craft hours per completed item of the run with no AI less this run's, times items asked for.
	 */
	aiReclaimedHours: number;
	/** Review rounds and checking AI drafts, hours a quarter. */
	reviewHours: number;
	/** Mean lead time of an item, working hours. */
	leadTimeMeanHours: number;
	/** False when items were left unfinished: the design cannot keep up, hours are capped. */
	keepsUp: boolean;
}

/** The rules that change what the simulation does (the others leave the defaults as they are). */
export interface EffectRules {
	humanOnly: string[];
	reviewed: string[];
	/** Template steps the policy gives a review gate (left out in the run where no AI drafts). */
	gatedSteps: number;
}

export interface PolicyEffect {
	before: EffectFigures;
	after: EffectFigures;
	rules: EffectRules;
	replications: number;
}

/** What the policy page shows: no current scenario, one the simulation cannot run, or the effect. */
export type EffectPanel =
	| { kind: 'none' }
	| { kind: 'unsimulable'; scenario: string; message: string }
	| { kind: 'effect'; scenario: string; effect: PolicyEffect };

const noAi = (activities: readonly Activity[]): Activity[] =>
	activities.map((a) => ({ ...a, aiShare: [0, 0, 0, 0] }));

const total = (r: SimulationReport, part: 'craft' | 'review') =>
	r.perSeat.reduce((t, s) => t + s.hours[part], 0);

/**
 * What `policy` changes in the simulation of `input` (its run settings are replaced by
 * EFFECT_RUN): `before` runs `library` as models/ and the catalogue give it, `after` with the
 * policy applied (applyPolicy). Each side also runs with no AI absorption, to measure AI's part
 * (four runs in all). The figures are the whole policy's: the rules
 * listed are those that change the simulation, not attributed one by one. Throws the
 * simulation's SimulationInputError when the scenario cannot be simulated.
 */
export function policyEffect(
	input: Omit<SimulationInputData, 'run'>,
	library: SimulationLibrary,
	policy: Policy
): PolicyEffect {
	const run = (lib: SimulationLibrary) => runSimulation({ ...input, run: EFFECT_RUN }, lib);
	// AI's part is measured against the same library with no AI absorption, so review gates the
	// policy adds do not count as AI's; per completed item, scaled to the items asked for, so a
	// design that cannot keep up does not show its capped hours as AI's.
	const figures = (lib: SimulationLibrary): EffectFigures => {
		const r = run(lib);
		const reference = run({ ...lib, activities: noAi(lib.activities) });
		const perItem = (x: SimulationReport) =>
			total(x, 'craft') / Math.max(1e-9, x.overall.throughputPerWeek * QUARTER_WEEKS);
		const asked = r.templates.reduce((t, x) => t + x.perQuarter, 0);
		return {
			handoffTaxHours: r.handoffTax.hours,
			aiReclaimedHours: Math.max(0, (perItem(reference) - perItem(r)) * asked),
			reviewHours: total(r, 'review'),
			leadTimeMeanHours: r.overall.leadTime.meanHours,
			keepsUp: r.unfinishedItems === 0
		};
	};
	const before = figures(library);
	const applied = applyPolicy(library.activities, library.templates, policy);
	const after = figures({ ...library, ...applied });
	const named = new Map(library.activities.map((a) => [a.id, a.name]));
	// A review gate is added only where a step has none yet.
	const ungated = new Set(
		library.templates.flatMap((t) =>
			t.phases.flatMap((p) => p.steps.filter((s) => !s.review).map((s) => s.activityId))
		)
	);
	const ofLevel = (level: Policy['rules'][number]['level']) =>
		policy.rules
			.filter((r) => r.level === level && named.has(r.activityId))
			.filter((r) => level === 'human-only' || ungated.has(r.activityId))
			.map((r) => named.get(r.activityId)!);
	return {
		before,
		after,
		rules: {
			humanOnly: ofLevel('human-only'),
			reviewed: ofLevel('ai-draft-human-review'),
			gatedSteps: applied.aiGates.length
		},
		replications: EFFECT_RUN.replications
	};
}
