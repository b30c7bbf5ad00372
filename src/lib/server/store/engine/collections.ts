import { z } from 'zod';
import { conversationSchema } from '../../../domain/conversations/schema';
import { scenarioSchema } from '../../../domain/scenario/schema';
import { decisionSchema, runSchema } from '../../../domain/workflow/run-schema';
import {
	assessmentRecordSchema,
	catalogueOverridesRecordSchema,
	eventRecordSchema,
	memberRecordSchema,
	revisionRecordSchema,
	sessionRecordSchema,
	shareLinkRecordSchema,
	signInAttemptsRecordSchema,
	tokenRecordSchema,
	workspaceRecordSchema
} from '../schema';

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
	runs: { schema: runSchema, layout: 'split', file: 'runs' }
} as const satisfies Record<
	string,
	{ schema: z.ZodType<{ version: number }>; layout: 'file' | 'split'; file: string }
>;

/** Append-only logs: entries are added and, for revisions, the oldest dropped; never changed. */
export const logs = {
	revisions: { schema: revisionRecordSchema, file: 'revisions' },
	events: { schema: eventRecordSchema, file: 'events' },
	/** The decision log of each run, keyed by run id. */
	decisions: { schema: decisionSchema, file: 'decisions' }
} as const;

/** The key of the one workspace record, the catalogue overrides and the workspace's event log. */
export const SINGLE = 'workspace';
export const CATALOGUE = 'catalogue';

export const collectionNames = Object.keys(collections) as (keyof typeof collections)[];
export const logNames = Object.keys(logs) as (keyof typeof logs)[];
