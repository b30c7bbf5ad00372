import { z } from 'zod';
import { emailSchema, roleSchema } from '../../domain/access/schema';
import { designSchema, idSchema, scenarioSchema } from '../../domain/scenario/schema';

export const SCHEMA_VERSION = 1;

const version = z.number().int().min(1);
const timestamp = z.iso.datetime();

export const workspaceRecordSchema = z.strictObject({
	id: idSchema,
	name: z.string().min(1).max(120),
	createdAt: timestamp,
	version
});

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
	design: designSchema
});
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;

/** Acts that must be recorded, such as publishing the current design. */
export const eventRecordSchema = z.strictObject({
	id: idSchema,
	at: timestamp,
	actorId: idSchema,
	action: z.enum(['workspace.created', 'member.invited', 'scenario.published', 'scenario.deleted']),
	subjectId: idSchema,
	summary: z.string().max(500)
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

export const storeSchema = z.strictObject({
	schemaVersion: z.literal(SCHEMA_VERSION),
	workspace: workspaceRecordSchema.nullable(),
	members: z.array(memberRecordSchema),
	sessions: z.array(sessionRecordSchema),
	tokens: z.array(tokenRecordSchema),
	scenarios: z.array(scenarioSchema),
	revisions: z.array(revisionRecordSchema),
	events: z.array(eventRecordSchema)
});
export type StoreData = z.infer<typeof storeSchema>;

export const emptyStore = (): StoreData => ({
	schemaVersion: SCHEMA_VERSION,
	workspace: null,
	members: [],
	sessions: [],
	tokens: [],
	scenarios: [],
	revisions: [],
	events: []
});
