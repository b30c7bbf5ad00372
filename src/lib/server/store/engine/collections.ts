import { z } from 'zod';
import { conversationSchema } from '../../../domain/conversations/schema';
import { commentSchema, reviewSchema, roadmapPlanSchema } from '../../../domain/roadmap/schema';
import { scenarioSchema } from '../../../domain/scenario/schema';
import { decisionSchema, runSchema } from '../../../domain/workflow/run-schema';
import {
	accountabilityRecordSchema,
	assessmentRecordSchema,
	catalogueOverridesRecordSchema,
	eventRecordSchema,
	memberRecordSchema,
	revisionRecordSchema,
	sessionRecordSchema,
	shareLinkRecordSchema,
	signInAttemptsRecordSchema,
	sourceOfTruthRecordSchema,
	tokenRecordSchema,
	workspaceRecordSchema
} from '../schema';
import { templateEditRecordSchema } from '../template-records';
import {
	brandLayerRecordSchema,
	policyRecordSchema,
	policyVersionRecordSchema
} from '../policy-records';

/**
 * Every collection of records, with how the embedded engine lays it out: `file` keeps the whole
 * collection in one file (small, or written rarely), `split` keeps one file per record (large
 * records written often), so a write costs what it changes.
 */
export const collections = {
	workspace: { schema: workspaceRecordSchema, layout: 'file', file: 'workspace' },
	members: { schema: memberRecordSchema, layout: 'file', file: 'members' },
	sessions: { schema: sessionRecordSchema, layout: 'file', file: 'sessions' },
	tokens: { schema: tokenRecordSchema, layout: 'file', file: 'tokens' },
	shareLinks: { schema: shareLinkRecordSchema, layout: 'file', file: 'share-links' },
	catalogue: { schema: catalogueOverridesRecordSchema, layout: 'file', file: 'catalogue' },
	signInAttempts: { schema: signInAttemptsRecordSchema, layout: 'file', file: 'sign-in-attempts' },
	scenarios: { schema: scenarioSchema, layout: 'split', file: 'scenarios' },
	conversations: { schema: conversationSchema, layout: 'split', file: 'conversations' },
	assessments: { schema: assessmentRecordSchema, layout: 'split', file: 'assessments' },
	accountability: { schema: accountabilityRecordSchema, layout: 'split', file: 'accountability' },
	sourceOfTruth: { schema: sourceOfTruthRecordSchema, layout: 'file', file: 'source-of-truth' },
	policy: { schema: policyRecordSchema, layout: 'file', file: 'policy' },
	policyVersions: { schema: policyVersionRecordSchema, layout: 'split', file: 'policy-versions' },
	brandLayers: { schema: brandLayerRecordSchema, layout: 'file', file: 'brand-layers' },
	/** One quarter's roadmap plan per record, keyed by quarter (`2027-Q1`). */
	roadmaps: { schema: roadmapPlanSchema, layout: 'split', file: 'roadmaps' },
	runs: { schema: runSchema, layout: 'split', file: 'runs' },
	/** A workspace's edit of a workflow template, keyed by the template id; null once reset. */
	templateEdits: { schema: templateEditRecordSchema, layout: 'file', file: 'template-edits' }
} as const satisfies Record<
	string,
	{ schema: z.ZodType<{ version: number }>; layout: 'file' | 'split'; file: string }
>;

/** Append-only logs: entries are added and, for revisions, the oldest dropped; never changed. */
export const logs = {
	revisions: { schema: revisionRecordSchema, file: 'revisions' },
	events: { schema: eventRecordSchema, file: 'events' },
	/** Per quarter: the roadmap's reviews and its comments, oldest first. */
	roadmapReviews: { schema: reviewSchema, file: 'roadmap-reviews' },
	roadmapComments: { schema: commentSchema, file: 'roadmap-comments' },
	/** The decision log of each run, keyed by run id. */
	decisions: { schema: decisionSchema, file: 'decisions' }
} as const;

/**
 * The key of the one workspace record, the catalogue overrides, the source-of-truth map and the
 * workspace's event log.
 */
export const SINGLE = 'workspace';
export const CATALOGUE = 'catalogue';
export const SOURCE_OF_TRUTH = 'source-of-truth';

export const collectionNames = Object.keys(collections) as (keyof typeof collections)[];
export const logNames = Object.keys(logs) as (keyof typeof logs)[];
