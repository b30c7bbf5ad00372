import { readFileSync } from 'node:fs';
import { catalogueSchema, type Activity } from '../catalogue/schema';
import type { Seat } from '../scenario/schema';
import { starterSchema } from '../scenario/starter';
import { assessmentDefaultsSchema, type AssessmentDefaults } from './defaults';
import type { Profile } from './schema';

const model = (path: string): unknown =>
	JSON.parse(readFileSync(new URL(`../../../../models/${path}`, import.meta.url), 'utf8'));

/** The shipped catalogue and assessment defaults, validated. */
export const activities: Activity[] = catalogueSchema.parse(model('activities.json')).activities;
export const defaults: AssessmentDefaults = assessmentDefaultsSchema.parse(
	model('assessment.json')
);

/** The seats of the solo-coordinator starter: a coordinator, a fractional PMM and an agency. */
export const soloStarterSeats: Seat[] = starterSchema.parse(model('starters/solo-coordinator.json'))
	.design.seats;

/** A small, focused company one marketer can carry; tests change one thing at a time. */
export const profile = (over: Partial<Profile> = {}): Profile => ({
	audiences: 1,
	products: 1,
	channels: 2,
	regions: 1,
	campaignsPerQuarter: 1,
	eventsPerYear: 2,
	salesTeamSize: 2,
	growthTargetPct: 15,
	aiTools: 2,
	executiveAlignment: 5,
	strategyDocumented: true,
	focusedGoals: true,
	...over
});

/**
 * Seed 000's focused company: one audience, one product, two channels, two campaigns a quarter, no
 * events. Shared by the domain tests and the Playwright specs that send a company profile.
 */
export const focusedCompany: Profile = profile({ campaignsPerQuarter: 2, eventsPerYear: 0 });

/** A seat with the schema's defaults filled in. */
export const seat = (id: string, over: Partial<Seat> = {}): Seat => ({
	id,
	title: `Seat ${id}`,
	kind: 'coordinator',
	open: false,
	managerId: null,
	fte: 1,
	hoursPerWeek: 40,
	focusFactor: 0.5,
	audienceIds: [],
	aiLevel: 0,
	...over
});
