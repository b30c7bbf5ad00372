import { z } from 'zod';
import { idSchema } from '../scenario/schema';

export const roles = ['admin', 'leader', 'custodian', 'marketer'] as const;
export const roleSchema = z.enum(roles, {
	error: 'expected one of admin, leader, custodian, marketer'
});
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
	admin: 'Admin (CMO / VP Marketing)',
	leader: 'Leader (CEO, CRO, Head of GTM)',
	custodian: 'Craft custodian',
	marketer: 'GTM marketer'
};

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email('expected an email address such as ana@example.com').max(254));

/** At least 12 characters: long enough that a rate-limited guess cannot find it. */
export const passwordSchema = z
	.string()
	.min(12, 'must be at least 12 characters')
	.max(200, 'must be at most 200 characters');

export const personNameSchema = z.string().trim().min(1, 'must not be empty').max(120);

export const workspaceNameSchema = z.string().trim().min(1, 'must not be empty').max(120);

/** Who is acting: enough to decide access without reading the store. */
export interface Actor {
	id: string;
	role: Role;
}

export const memberIdSchema = idSchema;

/** POST /api/v1/setup and the /setup form: the workspace and its first admin. */
export const setupSchema = z.strictObject({
	workspace: workspaceNameSchema,
	name: personNameSchema,
	email: emailSchema,
	password: passwordSchema,
	demo: z.boolean().default(false)
});
export type SetupRequest = z.infer<typeof setupSchema>;

export const signInSchema = z.strictObject({
	email: emailSchema,
	password: z.string().min(1, 'must not be empty').max(200)
});

export const inviteSchema = z.strictObject({
	name: personNameSchema,
	email: emailSchema,
	role: roleSchema
});

export const acceptInviteSchema = z.strictObject({ password: passwordSchema });

export const tokenRequestSchema = z.strictObject({
	name: z.string().trim().min(1, 'must not be empty').max(80).default('API token')
});

/** PUT /api/v1/members/:id and the Members screen: a new role, at the version last read. */
export const memberRoleSchema = z.strictObject({
	role: roleSchema,
	version: z.coerce.number().int().min(1)
});

/** DELETE /api/v1/members/:id and the Members screen: the version last read. */
export const memberVersionSchema = z.strictObject({ version: z.coerce.number().int().min(1) });
