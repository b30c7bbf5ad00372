import { z } from 'zod';
import type { Actor } from '../../domain/access/schema';
import { zodIssues } from '../../domain/shared/issues';
import { canCommentRoadmap, canEditLane, canReviewRoadmap } from '../../domain/access/roadmap';
import type { OwnedLanes } from '../../domain/access/roadmap';
import { diffInitiatives } from '../../domain/roadmap/diff';
import { laneKey } from '../../domain/roadmap/ownership';
import {
	emptyPlan,
	initiativesSchema,
	MAX_COMMENTS,
	MAX_REVIEWS,
	reviewNoteSchema,
	type Comment,
	type CommentRequest,
	type Initiative,
	type Quarter,
	type Review,
	type ReviewNote,
	type Roadmap,
	type RoadmapPlan
} from '../../domain/roadmap/schema';
import { AppError, forbidden, invalid } from '../errors';
import { checked } from './checked';
import { expectVersion, read, write, type Tx } from './db';
import { newId, nowIso } from './ids';

async function planOf(tx: Tx, quarter: Quarter): Promise<RoadmapPlan> {
	return (await tx.get('roadmaps', quarter)) ?? emptyPlan(quarter);
}

/** The quarter's roadmap with its reviews and comments; an empty plan at version 0 if unsaved. */
export async function get(_actor: Actor, quarter: Quarter): Promise<Roadmap> {
	return read(async (tx) => ({
		...(await planOf(tx, quarter)),
		reviews: await tx.entries('roadmapReviews', quarter),
		comments: await tx.entries('roadmapComments', quarter)
	}));
}

/** Quarters with a saved plan, newest first. */
export async function list(_actor: Actor): Promise<RoadmapPlan[]> {
	const all = await read((tx) => tx.all('roadmaps'));
	return all.sort((a, b) => b.quarter.localeCompare(a.quarter));
}

/** The titles of initiatives changed in a lane the actor may not edit (before or after). */
function outsideLanes(
	actor: Actor,
	owned: OwnedLanes,
	before: readonly Initiative[],
	after: readonly Initiative[]
): string[] {
	const diff = diffInitiatives(before, after);
	const touched = new Set([...diff.added, ...diff.removed, ...diff.changed].map((d) => d.id));
	const all = [...before, ...after].filter((i) => touched.has(i.id));
	return [
		...new Set(
			all.filter((i) => !canEditLane(actor, laneKey(i.audienceId), owned)).map((i) => i.title)
		)
	];
}

/** The initiatives checked; a 400 names `initiatives[i].<field>`. */
function parseInitiatives(raw: unknown): Initiative[] {
	const parsed = z.strictObject({ initiatives: initiativesSchema }).safeParse({ initiatives: raw });
	if (parsed.success) return parsed.data.initiatives;
	const issues = zodIssues(parsed.error);
	throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
}

export interface PlanChange {
	initiatives: unknown;
	/** The scenario the plan is checked against (the current one). */
	scenarioId: string | null;
	/** The lanes the actor's seat owns in that scenario. */
	owned: OwnedLanes;
}

/**
 * Replaces the quarter's initiatives if `expectedVersion` (0: never saved) is still current, else
 * 409; 400 naming `initiatives[i].<field>` for a bad initiative; 403 naming the initiatives in
 * lanes the actor may not edit. Rules against the design are the caller's (server/roadmap.ts).
 */
export async function update(
	actor: Actor,
	quarter: Quarter,
	change: PlanChange,
	expectedVersion: number
): Promise<Roadmap> {
	const initiatives = parseInitiatives(change.initiatives);
	await write(async (tx) => {
		const plan = await planOf(tx, quarter);
		expectVersion(plan, expectedVersion, `The ${quarter} roadmap`);
		const refused = outsideLanes(actor, change.owned, plan.initiatives, initiatives);
		if (refused.length > 0)
			throw forbidden(
				`You can edit only your own audience's lane; these initiatives are in another lane: ${refused.join(', ')}. Nothing was saved.`
			);
		const next: RoadmapPlan = {
			quarter,
			scenarioId: change.scenarioId,
			initiatives,
			updatedAt: nowIso(),
			updatedBy: actor.id,
			version: plan.version + 1
		};
		if (plan.version === 0) await tx.insert('roadmaps', quarter, next);
		else await tx.replace('roadmaps', quarter, next, plan.version);
	});
	return get(actor, quarter);
}

/**
 * Records a review of the quarter: who, when, the note (what changed, why, what next) and the
 * diff of the initiatives since the previous review (since an empty plan for the first).
 */
export async function review(
	actor: Actor,
	quarter: Quarter,
	note: ReviewNote,
	owned: OwnedLanes
): Promise<Review> {
	if (!canReviewRoadmap(actor, owned))
		throw forbidden('Reviews are recorded by admins and by GTM marketers who own a lane.');
	const checkedNote = checked(reviewNoteSchema, note, 'note');
	return write(async (tx) => {
		const plan = await planOf(tx, quarter);
		const past = await tx.entries('roadmapReviews', quarter);
		if (past.length >= MAX_REVIEWS)
			throw new AppError(409, 'too_many_reviews', `${quarter} has ${MAX_REVIEWS} reviews already.`);
		const entry: Review = {
			id: newId(),
			at: nowIso(),
			byId: actor.id,
			note: checkedNote,
			diff: diffInitiatives(past.at(-1)?.initiatives ?? [], plan.initiatives),
			initiatives: plan.initiatives
		};
		await tx.append('roadmapReviews', quarter, entry);
		return entry;
	});
}

/** Adds a comment on the roadmap or one of its initiatives (which must exist). */
export async function comment(
	actor: Actor,
	quarter: Quarter,
	request: CommentRequest
): Promise<Comment> {
	if (!canCommentRoadmap(actor)) throw forbidden('You cannot comment on roadmaps.');
	return write(async (tx) => {
		const plan = await planOf(tx, quarter);
		if (request.initiativeId && !plan.initiatives.some((i) => i.id === request.initiativeId))
			throw new AppError(400, 'invalid', `initiativeId: no initiative "${request.initiativeId}"`, [
				{ path: 'initiativeId', message: `no initiative "${request.initiativeId}" in ${quarter}` }
			]);
		const count = (await tx.entries('roadmapComments', quarter)).length;
		if (count >= MAX_COMMENTS)
			throw new AppError(409, 'too_many_comments', `${quarter} has ${MAX_COMMENTS} comments.`);
		const entry: Comment = { id: newId(), at: nowIso(), byId: actor.id, ...request };
		await tx.append('roadmapComments', quarter, entry);
		return entry;
	});
}
