import { z } from 'zod';
import { idSchema } from '../../domain/scenario/schema';
import { workflowTemplateSchema } from '../../domain/workflow/schema';

/**
 * A workspace's edit of one workflow template, keyed by the template id. `template` replaces
 * the models/ template of that id for this workspace; null after a reset to the default (the
 * record stays, so versions keep counting and a stale editor still gets 409).
 */
export const templateEditRecordSchema = z.strictObject({
	id: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
	template: workflowTemplateSchema.nullable(),
	version: z.number().int().min(1),
	updatedAt: z.iso.datetime(),
	updatedBy: idSchema
});
export type TemplateEditRecord = z.infer<typeof templateEditRecordSchema>;
