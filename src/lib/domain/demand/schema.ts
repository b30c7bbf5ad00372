import { z } from 'zod';
import { profileSchema } from '../assessment/profile';
import { activityIdSchema, driverKinds, sourceGrades } from '../catalogue/schema';
import { knownCrafts, text } from '../scenario/schema';
import { performerSchema } from '../workflow/schema';

const sourceSchema = z.strictObject({ note: text(800), grade: z.enum(sourceGrades) });
const slug = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'expected a template id');

/**
 * How often a workflow template runs: `unitsPer` runs per campaign or event, per audience,
 * channel, product or region in a quarter, or per working week, counted from the profile. Runs
 * are spread evenly over the design's audiences.
 */
export const templateDriverSchema = z.strictObject({
	templateId: slug,
	per: z.enum(driverKinds),
	unitsPer: z.number().gt(0, 'must be above 0').max(100, 'must be at most 100'),
	/**
	 * Its runs are among the profile's campaigns a quarter (a product launch is a campaign), so the
	 * per-campaign templates run for the campaigns left over.
	 */
	countsAsCampaign: z.boolean().optional(),
	source: sourceSchema
});
export type TemplateDriver = z.infer<typeof templateDriverSchema>;

/** Who does the recurring (non-template) units of one activity, when not its own craft. */
export const recurringPerformerSchema = z.strictObject({
	activityId: activityIdSchema,
	performer: performerSchema,
	source: sourceSchema
});

/**
 * models/demand.json: the demand model's own figures. The catalogue's drivers give every
 * activity's units; these say how many of them arrive as template runs, who does the rest, what
 * a design's reporting lines add, and which company is assumed when none is given.
 */
export const demandDefaultsSchema = z
	.strictObject({
		version: z.literal(1, 'expected version 1'),
		/** The company assumed when neither the request nor the scenario names one (the demo's). */
		defaultProfile: z.strictObject({ profile: profileSchema, source: sourceSchema }),
		templates: z.array(templateDriverSchema).max(100),
		/**
		 * Crafts of the thinking and writing a two-tower GTM marketer does for their own audience,
		 * except `benchActivities` (volume production the craft's specialists do when there are
		 * any); other crafts' audience work goes to the craft's specialists (a shared bench).
		 */
		ownerWork: z.strictObject({
			crafts: z.array(z.enum(knownCrafts)).max(knownCrafts.length),
			benchActivities: z.array(activityIdSchema).max(500),
			/**
			 * Activities of those crafts whose recurring volume (the units left outside template
			 * runs) the craft's bench drafts, while the owner keeps the pieces inside their runs.
			 */
			benchRecurring: z.array(activityIdSchema).max(500).default([]),
			source: sourceSchema
		}),
		recurringPerformers: z.array(recurringPerformerSchema).max(500),
		/**
		 * Work that exists because several people share the function (craft standards, a
		 * function's own plan, a writer's brief, checking someone else's work): left out when one
		 * seat carries the whole function.
		 */
		teamWork: z.strictObject({
			activities: z.array(activityIdSchema).max(500),
			source: sourceSchema
		}),
		/** Hours (before AI) of small recurring units done together as one work item. */
		recurringBatchHours: z.strictObject({
			value: z.number().min(0, 'must be at least 0 hours').max(40, 'must be at most 40 hours'),
			source: sourceSchema
		}),
		/**
		 * A manager's planned work that the design, not the profile, drives: hours a week per
		 * direct report (one-to-ones, feedback) and per manager (priorities, budget, approvals).
		 */
		management: z.strictObject({
			hoursPerReportPerWeek: z
				.number()
				.min(0, 'must be at least 0 hours')
				.max(10, 'must be at most 10 hours'),
			decisionHoursPerManagerPerWeek: z
				.number()
				.min(0, 'must be at least 0 hours')
				.max(20, 'must be at most 20 hours'),
			source: sourceSchema
		})
	})
	.superRefine((d, ctx) => {
		const seen = new Set<string>();
		d.templates.forEach((t, i) => {
			if (seen.has(t.templateId))
				ctx.addIssue({
					code: 'custom',
					path: ['templates', i, 'templateId'],
					message: 'names a template twice'
				});
			seen.add(t.templateId);
		});
	});
export type DemandDefaults = z.infer<typeof demandDefaultsSchema>;
export type DemandDefaultsInput = z.input<typeof demandDefaultsSchema>;
