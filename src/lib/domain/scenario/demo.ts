import { z } from 'zod';
import { scenarioStatusSchema, visibilitySchema } from './schema';
import { starterIdSchema } from './starter';

/** One scenario the demo workspace creates from a starter, authored by the first admin. */
export const demoScenarioSchema = z.strictObject({
	from: starterIdSchema,
	name: z.string().trim().min(1, 'must not be empty').max(120),
	status: scenarioStatusSchema,
	visibility: visibilitySchema
});
export type DemoScenario = z.infer<typeof demoScenarioSchema>;

/**
 * models/demo-workspace.json: the scenarios a workspace set up with demo data starts with.
 * It holds no members and no passwords; at most one scenario is current.
 */
export const demoWorkspaceSchema = z
	.strictObject({
		scenarios: z.array(demoScenarioSchema).min(1, 'list at least one scenario').max(50)
	})
	.superRefine(({ scenarios }, ctx) => {
		const first = scenarios.findIndex((s) => s.status === 'current');
		scenarios.forEach((s, i) => {
			if (i > first && first >= 0 && s.status === 'current')
				ctx.addIssue({
					code: 'custom',
					path: ['scenarios', i, 'status'],
					message: `at most one scenario may be "current"; scenarios[${first}] already is`
				});
		});
	});
export type DemoWorkspace = z.infer<typeof demoWorkspaceSchema>;
