import { z } from 'zod';
import { overridesSchema as accountabilityOverridesSchema } from '../accountability/schema';
import { profileSchema } from '../assessment/profile';
import { overridesSchema } from '../catalogue/overrides';
import { designSchema, idSchema, scenarioStatusSchema, visibilitySchema } from '../scenario/schema';
import { assumptionsSchema } from './assumptions';

const slug = z
	.string()
	.regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected a template id such as "paid-campaign"');

/** Runs of one workflow template for one audience in a quarter (0.5: one run every two quarters). */
export const workloadEntrySchema = z.strictObject({
	templateId: slug,
	audienceId: idSchema,
	perQuarter: z.number().min(0, 'must be at least 0 runs').max(1000, 'must be at most 1000 runs')
});
export type WorkloadEntry = z.infer<typeof workloadEntrySchema>;

/** How the simulation runs: seed, replications, horizon in weeks, warm-up, arrival pattern. */
export const runSettingsSchema = z
	.strictObject({
		seed: z.int('expected a whole number').min(0).max(4_294_967_295).default(1),
		replications: z
			.int('expected a whole number')
			.min(1, 'must be at least 1')
			.max(1000, 'must be at most 1000')
			.default(20),
		/** Simulated working weeks (40 h each); 13 is a quarter. */
		weeks: z
			.number()
			.min(1, 'must be at least 1 week')
			.max(520, 'must be at most 520 weeks')
			.default(13),
		/** Weeks at the start left out of the statistics while queues fill. */
		warmupWeeks: z.number().min(0, 'must be at least 0 weeks').max(519).default(0),
		/** Poisson: runs start at random; even: evenly spaced. */
		arrivals: z
			.enum(['poisson', 'even'], { error: 'expected "poisson" or "even"' })
			.default('poisson'),
		/** Whether to move each assumption ±25% and report the change in the headline numbers. */
		sensitivity: z.boolean('expected true or false').default(true)
	})
	.refine((r) => r.warmupWeeks < r.weeks, {
		path: ['warmupWeeks'],
		message: 'must be below weeks'
	});
export type RunSettings = z.infer<typeof runSettingsSchema>;

/** The scenario to simulate: a design, or a scenario as the app exports it (ids are ignored). */
export const inputScenarioSchema = designSchema.extend({
	id: idSchema.optional(),
	status: scenarioStatusSchema.optional(),
	visibility: visibilitySchema.optional(),
	authorId: idSchema.optional(),
	version: z.int().min(1).optional(),
	createdAt: z.iso.datetime().optional(),
	updatedAt: z.iso.datetime().optional()
});

/**
 * The simulation input: the format of the CLI's files, of `POST /api/v1/simulations` with
 * `{ input }` and of the Simulate screen's worker.
 *
 * - `scenario`: the org design (required); it may carry its own `profile`.
 * - `profile`: the company (the assessment's profile) the workload is derived from; default the
 *   scenario's, else models/demand.json's defaultProfile (src/lib/domain/demand/).
 * - `workload`: runs per template and audience per quarter; default the runs the profile implies
 *   of every template in `templates` (default: all), spread over the design's audiences.
 *   Recurring work and line management always come from the profile and the design.
 * - `assumptions`: any of the sourced assumptions (models/simulation.json has the defaults).
 * - `activityOverrides`: changes to catalogue activities, keyed by activity id.
 * - `accountabilityOverrides`: the scenario's accountability map overrides; a step whose row's
 *   R was set by hand goes to those seats. Overrides naming a row or seat the design lacks are
 *   ignored, as the map sets them aside.
 * - `run`: seed, replications, weeks, warm-up, arrivals, sensitivity.
 */
export const simulationInputSchema = z.strictObject({
	scenario: inputScenarioSchema,
	profile: profileSchema.optional(),
	workload: z
		.array(workloadEntrySchema)
		.min(1, 'name at least one template run')
		.max(5000)
		.optional(),
	templates: z.array(slug).min(1, 'name at least one template').max(100).optional(),
	assumptions: assumptionsSchema.partial().default({}),
	activityOverrides: overridesSchema.default({}),
	accountabilityOverrides: accountabilityOverridesSchema.optional(),
	run: runSettingsSchema.default(runSettingsSchema.parse({}))
});
export type SimulationInput = z.infer<typeof simulationInputSchema>;
export type SimulationInputData = z.input<typeof simulationInputSchema>;
