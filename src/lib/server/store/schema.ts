import { z } from 'zod';
import { emailSchema, roleSchema } from '../../domain/access/schema';
import {
	overridesSchema as accountabilityOverridesSchema,
	sourceEntrySchema
} from '../../domain/accountability/schema';
import { overridesSchema } from '../../domain/catalogue/overrides';
import { conversationSchema } from '../../domain/conversations/schema';
import { designSchema, idSchema, scenarioSchema } from '../../domain/scenario/schema';

/** 5: one file per collection or large record, share links hashed, workspace profile. */
export const SCHEMA_VERSION = 5;
/** The last schema of the single-file store, data/orgcraft.json. */
export const LEGACY_SCHEMA_VERSION = 4;

const version = z.number().int().min(1);
const timestamp = z.iso.datetime();

export const workspaceRecordSchema = z.strictObject({
	id: idSchema,
	name: z.string().min(1).max(120),
	createdAt: timestamp,
	/**
	 * The company profile of the capacity assessment, checked by the workspace module when
	 * written (as assessments are), so that schema may evolve without a store migration.
	 */
	profile: z.record(z.string(), z.unknown()).nullable().default(null),
	version
});
export type WorkspaceRecord = z.infer<typeof workspaceRecordSchema>;

export const memberRecordSchema = z.strictObject({
	id: idSchema,
	name: z.string().min(1).max(120),
	email: emailSchema,
	role: roleSchema,
	/** null until the member accepts their invite and chooses a password. */
	passwordHash: z.string().nullable(),
	inviteTokenHash: z.string().nullable(),
	inviteExpiresAt: timestamp.nullable(),
	createdAt: timestamp,
	updatedAt: timestamp,
	version
});
export type MemberRecord = z.infer<typeof memberRecordSchema>;

export const sessionRecordSchema = z.strictObject({
	/** SHA-256 of the cookie value: a copied data file grants no sessions. */
	id: z.string().regex(/^[a-f0-9]{64}$/),
	memberId: idSchema,
	createdAt: timestamp,
	expiresAt: timestamp,
	version
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const tokenRecordSchema = z.strictObject({
	id: idSchema,
	memberId: idSchema,
	name: z.string().min(1).max(80),
	tokenHash: z.string().regex(/^[a-f0-9]{64}$/),
	createdAt: timestamp,
	lastUsedAt: timestamp.nullable(),
	version
});
export type TokenRecord = z.infer<typeof tokenRecordSchema>;

/** The design as it was at one version, kept for history and restore. */
export const revisionRecordSchema = z.strictObject({
	scenarioId: idSchema,
	version,
	savedAt: timestamp,
	savedBy: idSchema,
	design: designSchema,
	/** What wrote this version; entries written before it was recorded were saves. */
	action: z.enum(['saved', 'published', 'unpublished', 'shared', 'restored']).default('saved'),
	/** The note given when publishing; empty otherwise. */
	note: z.string().max(500).default('')
});
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;

/** Acts that must be recorded, such as publishing the current design. */
export const eventRecordSchema = z.strictObject({
	id: idSchema,
	at: timestamp,
	actorId: idSchema,
	action: z.enum([
		'workspace.created',
		'member.invited',
		'member.role-changed',
		'member.removed',
		'scenario.published',
		'scenario.deleted',
		'scenario.restored',
		'scenario.link-created',
		'scenario.link-revoked',
		'catalogue.overridden',
		'accountability.overridden',
		'source-of-truth.changed',
		'policy.changed',
		'policy.approved',
		'brand.changed',
		'template.edited',
		'template.reset'
	]),
	subjectId: idSchema,
	summary: z.string().max(500)
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

/** A read-only link to one scenario that works without signing in, until revoked. */
export const shareLinkRecordSchema = z.strictObject({
	/** SHA-256 of the URL secret, which is shown once when the link is made. */
	tokenHash: z.string().regex(/^[a-f0-9]{64}$/),
	scenarioId: idSchema,
	createdBy: idSchema,
	createdAt: timestamp,
	version
});

/** Schema 4 kept the URL secret itself; only migrations read it. */
const legacyShareLinkSchema = z.strictObject({
	token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/),
	scenarioId: idSchema,
	createdBy: idSchema,
	createdAt: timestamp,
	version
});
export type ShareLinkRecord = z.infer<typeof shareLinkRecordSchema>;

/**
 * The workspace's changes to the activity catalogue, replaced whole under optimistic
 * concurrency; checked against the catalogue when written, not here, since models/ may change.
 */
export const catalogueOverridesRecordSchema = z.strictObject({
	overrides: overridesSchema,
	version,
	/** null until the first change. */
	updatedAt: timestamp.nullable(),
	updatedBy: idSchema.nullable()
});
export type CatalogueOverridesRecord = z.infer<typeof catalogueOverridesRecordSchema>;

export const emptyCatalogueOverrides = (): CatalogueOverridesRecord => ({
	overrides: {},
	version: 1,
	updatedAt: null,
	updatedBy: null
});

/**
 * A scenario's accountability overrides, keyed by scenario id and replaced whole under
 * optimistic concurrency. They are checked against the generated map when written, not here:
 * the scenario may change after, and overrides that no longer fit are kept aside.
 */
export const accountabilityRecordSchema = z.strictObject({
	scenarioId: idSchema,
	overrides: accountabilityOverridesSchema,
	version,
	updatedAt: timestamp,
	updatedBy: idSchema
});
export type AccountabilityRecord = z.infer<typeof accountabilityRecordSchema>;

/** The workspace's source-of-truth map: where each type of information lives and who owns it. */
export const sourceOfTruthRecordSchema = z.strictObject({
	entries: z.array(sourceEntrySchema).max(200),
	version,
	/** null until the first change. */
	updatedAt: timestamp.nullable(),
	updatedBy: idSchema.nullable()
});
export type SourceOfTruthRecord = z.infer<typeof sourceOfTruthRecordSchema>;

/**
 * A saved capacity assessment. `profile` and `options` are checked by the assessment module
 * when written, not here, so that module may evolve without a store migration.
 */
export const assessmentRecordSchema = z.strictObject({
	id: idSchema,
	name: z.string().min(1).max(120),
	profile: z.record(z.string(), z.unknown()),
	scenarioId: idSchema.nullable(),
	options: z.record(z.string(), z.unknown()).default({}),
	authorId: idSchema,
	createdAt: timestamp,
	updatedAt: timestamp,
	version
});
export type AssessmentRecord = z.infer<typeof assessmentRecordSchema>;

/** Recent sign-in attempts under one key (`account:<email>` or `address:<ip>`), in ms since 1970. */
export const signInAttemptsRecordSchema = z.strictObject({
	key: z.string().min(1).max(400),
	attempts: z.array(z.number().int().nonnegative()).max(1000),
	version
});
export type SignInAttemptsRecord = z.infer<typeof signInAttemptsRecordSchema>;

/** The single-file store of schema 4 (data/orgcraft.json), read once to move it to schema 5. */
export const legacyStoreSchema = z.strictObject({
	schemaVersion: z.literal(LEGACY_SCHEMA_VERSION),
	workspace: workspaceRecordSchema.omit({ profile: true }).nullable(),
	members: z.array(memberRecordSchema),
	sessions: z.array(sessionRecordSchema),
	tokens: z.array(tokenRecordSchema),
	scenarios: z.array(scenarioSchema),
	revisions: z.array(revisionRecordSchema),
	events: z.array(eventRecordSchema),
	shareLinks: z.array(legacyShareLinkSchema),
	catalogueOverrides: catalogueOverridesRecordSchema,
	/** Customer conversations logged by GTM marketers, deleted ones included until purged. */
	conversations: z.array(conversationSchema),
	assessments: z.array(assessmentRecordSchema)
});
export type LegacyStoreData = z.infer<typeof legacyStoreSchema>;
