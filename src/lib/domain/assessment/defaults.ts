import { z } from 'zod';
import { areaSchema, sourceGrades, type Area } from '../catalogue/schema';
import { text } from '../scenario/schema';

const sourceSchema = z.strictObject({ note: text(800), grade: z.enum(sourceGrades) });
export type FigureSource = z.infer<typeof sourceSchema>;

const between = (min: number, max: number) =>
	z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const whole = (min: number, max: number) => between(min, max).int('must be a whole number');

/** Every figure of models/assessment.json with its bounds; units in the file's `unit` fields. */
export const figureShape = {
	/** Sustainable demand/capacity ratio the remedies aim for. */
	targetRatio: between(0.5, 1),
	/** Planning hours per week a lead marketer should keep, whatever else is asked. */
	protectedPlanningHoursPerWeek: between(0, 40),
	/** Urgent requests a reactive-first week serves first, hours per week regardless of sales. */
	urgentBaseHoursPerWeek: between(0, 40),
	/** Urgent requests per seller, hours per week. */
	urgentHoursPerSeller: between(0, 10),
	/** Share of urgent requests left when executives are aligned and the strategy is written. */
	alignedUrgentShare: between(0, 1),
	/** Most active channels one marketer handles with limited channel complexity. */
	maxChannels: whole(0, 50),
	/** Most audiences one marketer handles with limited channel complexity. */
	maxAudiences: whole(1, 50),
	/** Least executive alignment (1–5) that counts as strong. */
	minExecutiveAlignment: whole(1, 5),
	/** Highest growth target, % per year, that still counts as focused goals. */
	maxFocusedGrowthPct: between(0, 500),
	/** Planned hours per week that keep one initiative moving. */
	hoursPerInitiativePerWeek: between(1, 40),
	/** Focus factor of an employee seat in the compared alternatives (share of hours). */
	employeeFocusFactor: between(0.1, 1),
	/** Focus factor of one marketer working alone: no team to manage or hand work to. */
	soloFocusFactor: between(0.1, 1),
	/** Focus factor of a fractional seat (share of contracted hours spent on the agreed work). */
	fractionalFocusFactor: between(0.1, 1),
	/** Cost of one contracted fractional hour, workspace currency per hour. */
	fractionalCostPerHour: between(0, 10_000),
	/** Weeks a year fractional support is billed. */
	weeksPerYear: between(1, 52),
	/** Fully loaded yearly cost of a coordinator, workspace currency. */
	coordinatorAnnualCost: between(0, 10_000_000),
	/** Fully loaded yearly cost of a GTM marketer. */
	gtmMarketerAnnualCost: between(0, 10_000_000),
	/** Fully loaded yearly cost of a craft custodian. */
	custodianAnnualCost: between(0, 10_000_000),
	/** Most GTM marketers in the small two-tower alternative (one per audience up to this). */
	smallTwoTowerGtmMarketers: whole(1, 10),
	/** Craft custodians in the small two-tower alternative (the crafts with most demand). */
	smallTwoTowerCustodians: whole(0, 10),
	/** Areas the AI-guardrail remedy names first (those where AI absorbs most hours). */
	guardrailAreas: whole(1, 11)
} satisfies Record<string, z.ZodNumber>;
export type FigureKey = keyof typeof figureShape;
export type Figures = { [K in FigureKey]: number };

const figureEntry = <T extends z.ZodNumber>(value: T) =>
	z.strictObject({ value, unit: text(60), label: text(100), source: sourceSchema });

/** Per area: the outcome to agree, and where its accountability can move out of marketing. */
const areaEntrySchema = z.strictObject({
	area: areaSchema,
	/** A measurable outcome to agree for the area. */
	outcome: text(200),
	/** Who can own the area instead of marketing, when it can leave marketing at all. */
	movesTo: text(120).optional(),
	/** What exactly moves (the accountability), when `movesTo` is set. */
	accountability: text(200).optional()
});

/** models/assessment.json: the figures of the capacity assessment, each with its source. */
export const assessmentDefaultsSchema = z
	.strictObject({
		version: z.literal(1, 'expected version 1'),
		figures: z.strictObject(
			Object.fromEntries(
				Object.entries(figureShape).map(([k, schema]) => [k, figureEntry(schema)])
			) as { [K in FigureKey]: ReturnType<typeof figureEntry<(typeof figureShape)[K]>> }
		),
		/** Areas where a person decides: AI may prepare inputs (the catalogue's aiShare), never decide. */
		humanDecisionAreas: z.array(areaSchema).max(11),
		/** Urgent requests can be bounded too: who takes the intake instead. */
		urgentRequests: z.strictObject({ movesTo: text(120), accountability: text(200) }),
		areas: z.array(areaEntrySchema).max(11),
		/** Why the outcomes, boundaries and areas where a person decides are what they are. */
		source: sourceSchema
	})
	.superRefine((d, ctx) => {
		const seen = new Set<Area>();
		d.areas.forEach((a, i) => {
			if (seen.has(a.area))
				ctx.addIssue({
					code: 'custom',
					path: ['areas', i, 'area'],
					message: 'names an area twice'
				});
			seen.add(a.area);
			if (Boolean(a.movesTo) !== Boolean(a.accountability))
				ctx.addIssue({
					code: 'custom',
					path: ['areas', i, 'accountability'],
					message: 'give movesTo and accountability together'
				});
		});
	});
export type AssessmentDefaults = z.infer<typeof assessmentDefaultsSchema>;

/** The figure values alone. */
export const figuresOf = (d: AssessmentDefaults): Figures =>
	Object.fromEntries(Object.entries(d.figures).map(([k, f]) => [k, f.value])) as Figures;
