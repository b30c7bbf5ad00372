import type { AccountabilityDiff } from '../accountability/diff';
import type { ScenarioDiff } from '../scenario/diff';
import type { Design } from '../scenario/schema';
import type { Differences, Headline, SimulationReport } from '../simulation/report';
import { differencesOf } from '../simulation/run';
import type { Placement } from './schema';

/** What the draft reclaims against today, with both sides' headline figures. */
export interface Savings extends Differences {
	before: Headline & { handoffsPerItem: number };
	after: Headline & { handoffsPerItem: number };
}

/** The wizard's answer: the draft, the choices it was made from, its diffs and savings. */
export interface TransformPreview {
	design: Design;
	audiences: string[];
	mapping: Placement[];
	diff: { org: ScenarioDiff; accountability: AccountabilityDiff };
	/** null when either design cannot be simulated. */
	savings: Savings | null;
}

/** Savings of moving from `today` to `draft` (lead time in hours and days, hand-offs, hand-off tax hours a quarter). */
export const savingsOf = (today: SimulationReport, draft: SimulationReport): Savings => ({
	...differencesOf(today, draft),
	before: { ...today.headline, handoffsPerItem: today.overall.handoffsPerItem },
	after: { ...draft.headline, handoffsPerItem: draft.overall.handoffsPerItem }
});
