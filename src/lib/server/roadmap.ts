import { canEditLane, canReviewRoadmap } from '$lib/domain/access/roadmap';
import type { Actor } from '$lib/domain/access/schema';
import { figuresOf } from '$lib/domain/assessment/defaults';
import { generateMap } from '$lib/domain/accountability/generate';
import { applyOverrides } from '$lib/domain/accountability/overrides';
import { mapInput } from '$lib/domain/accountability/work';
import { ownerCapacities, type OwnerCapacity } from '$lib/domain/roadmap/capacity';
import { roadmapFlags, missedReview, type Flag } from '$lib/domain/roadmap/flags';
import { lanesOf, type LaneInput } from '$lib/domain/roadmap/layout';
import { laneOwnership, type Ownership } from '$lib/domain/roadmap/ownership';
import { roadmapIssues } from '$lib/domain/roadmap/rules';
import type { Quarter, Roadmap } from '$lib/domain/roadmap/schema';
import { designOf, type Scenario } from '$lib/domain/scenario/schema';
import { loadAssessmentDefaults } from './assessment';
import { AppError, invalid } from './errors';
import * as accountability from './store/accountability';
import * as members from './store/members';
import * as roadmaps from './store/roadmaps';
import * as scenarios from './store/scenarios';
import { workspaceSimulationLibrary } from './workspace-library';

type User = Actor & { email: string };

/** Everything the roadmap screen and API show for a quarter. */
export interface RoadmapView {
	roadmap: Roadmap;
	scenario: { id: string; name: string } | null;
	lanes: LaneInput[];
	seats: { id: string; title: string; personName: string | null }[];
	owners: OwnerCapacity[];
	ownership: Ownership;
	flags: Flag[];
	/** Member names by id, for reviews and comments. */
	people: Record<string, string>;
	/** Lane keys the reader may edit. */
	editableLanes: string[];
	canReview: boolean;
	lastReviewedAt: string | null;
	missedReview: boolean;
	figures: { protectedPlanningHoursPerWeek: number; hoursPerInitiativePerWeek: number };
}

/** The audiences whose seat is linked to the user's email in `scenario`: their own lanes. */
function ownedLanes(scenario: Scenario | undefined, email: string): Set<string> {
	const mine = (scenario?.seats ?? []).filter(
		(s) => s.memberEmail?.trim().toLowerCase() === email.trim().toLowerCase()
	);
	return new Set(mine.flatMap((s) => s.audienceIds));
}

const limitFigures = () => {
	const f = figuresOf(loadAssessmentDefaults());
	return {
		protectedPlanningHoursPerWeek: f.protectedPlanningHoursPerWeek,
		hoursPerInitiativePerWeek: f.hoursPerInitiativePerWeek
	};
};

/** The quarter's roadmap with lanes, capacity per owner and flags, against the current scenario. */
export async function roadmapView(
	user: User,
	quarter: Quarter,
	now = new Date()
): Promise<RoadmapView> {
	const [scenario, roadmap, people] = await Promise.all([
		scenarios.current(user),
		roadmaps.get(user, quarter),
		members.list()
	]);
	const figures = limitFigures();
	const design = scenario ? designOf(scenario) : undefined;
	const library = await workspaceSimulationLibrary();
	// Lane owners and their capacity follow the map as the workspace set it: stored overrides on
	// top of generation.
	const overrides = scenario ? (await accountability.get(user, scenario.id)).overrides : [];
	const owners = design ? ownerCapacities(design, library, figures, overrides) : [];
	const ownership = design
		? laneOwnership(applyOverrides(generateMap(mapInput(design, library)), overrides))
		: {};
	const lanes = lanesOf(scenario?.audiences ?? []);
	const owned = ownedLanes(scenario, user.email);
	const reviews = roadmap.reviews;
	return {
		roadmap,
		scenario: scenario ? { id: scenario.id, name: scenario.name } : null,
		lanes,
		seats: (scenario?.seats ?? []).map((s) => ({
			id: s.id,
			title: s.title,
			personName: s.personName ?? null
		})),
		owners,
		ownership,
		flags: roadmapFlags(roadmap.initiatives, { quarter, owners, ownership, reviews, now }),
		people: Object.fromEntries(people.map((m) => [m.id, m.name])),
		editableLanes: lanes.map((l) => l.key).filter((k) => canEditLane(user, k, owned)),
		canReview: canReviewRoadmap(user, owned),
		lastReviewedAt: reviews.at(-1)?.at ?? null,
		missedReview: missedReview({ quarter, reviews, now }),
		figures
	};
}

async function currentScenario(user: User): Promise<Scenario> {
	const scenario = await scenarios.current(user);
	if (!scenario)
		throw new AppError(
			409,
			'no_current_scenario',
			'No scenario is published as current: a roadmap is planned against the current org design. Publish one first.'
		);
	return scenario;
}

/**
 * Saves the quarter's initiatives at `version`: checked by the schema, then against the current
 * scenario (owners, audiences, dependencies); 400 naming the field, nothing saved.
 */
export async function saveRoadmap(
	user: User,
	quarter: Quarter,
	body: { version: number; initiatives: Roadmap['initiatives'] }
): Promise<Roadmap> {
	const scenario = await currentScenario(user);
	const issues = roadmapIssues(body.initiatives, scenario);
	if (issues.length > 0) throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
	return roadmaps.update(
		user,
		quarter,
		{
			initiatives: body.initiatives,
			scenarioId: scenario.id,
			owned: ownedLanes(scenario, user.email)
		},
		body.version
	);
}

/** Records a review; admins and lane owners of the current scenario. */
export async function reviewRoadmap(
	user: User,
	quarter: Quarter,
	note: Parameters<typeof roadmaps.review>[2]
) {
	const scenario = await scenarios.current(user);
	return roadmaps.review(user, quarter, note, ownedLanes(scenario, user.email));
}
