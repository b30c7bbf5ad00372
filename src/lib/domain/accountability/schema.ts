import { z } from 'zod';
import { activityIdSchema } from '../catalogue/schema';
import { idSchema, text } from '../scenario/schema';
import { phases } from '../workflow/schema';

/** How the matrix groups its rows: the template phases, then work that recurs outside templates. */
export const rowGroups = [...phases, 'ongoing'] as const;
export type RowGroup = (typeof rowGroups)[number];

/**
 * A seat's part in one row of the map: Responsible (does the work), Accountable (owns the
 * outcome, exactly one per row), both at once (`A/R`), Consulted (shapes or reviews it) or
 * Informed (told of the outcome).
 */
export const roles = ['R', 'A', 'A/R', 'C', 'I'] as const;
export const roleSchema = z.enum(roles, { error: `expected one of ${roles.join(', ')}` });
export type Role = z.infer<typeof roleSchema>;

export const isAccountable = (role: Role | null | undefined) => role === 'A' || role === 'A/R';
export const isResponsible = (role: Role | null | undefined) => role === 'R' || role === 'A/R';

/** When a consulted seat joins: shaping the work at the start, or first seeing it at the end. */
export const timingSchema = z.enum(['start', 'end']);
export type Timing = z.infer<typeof timingSchema>;

/** One filled cell of the matrix: a seat's role in a row. */
export interface Cell {
	seatId: string;
	role: Role;
	/** For C: when the seat is consulted. */
	timing?: Timing;
	/** Set when a user's override produced this cell; `generated` is what generation said. */
	overridden?: true;
	generated?: Role | null;
}

/** A template step that uses a row's activity (the map links back to the work). */
export interface StepRef {
	templateId: string;
	stepId: string;
}

/**
 * One row: an activity for one audience (or for all of them, `audienceId` null, when the
 * activity is cross-audience or the design has no audiences).
 */
export interface Row {
	key: string;
	activityId: string;
	activityName: string;
	/** The earliest phase any template uses the activity in; `ongoing` for recurring work only. */
	phase: RowGroup;
	scope: 'audience' | 'cross-audience';
	/** The activity's default craft and its area of the catalogue. */
	craft: string;
	area: string;
	audienceId: string | null;
	cells: Cell[];
	steps: StepRef[];
}

/** A column of the matrix. */
export interface SeatColumn {
	id: string;
	title: string;
	kind: string;
	personName?: string;
	craft?: string;
	managerId: string | null;
}

/**
 * Who does one step of one template run for one audience (`audienceId` null when the design
 * has no audiences) and who reviews it: what the simulation sends the step to.
 */
export interface StepAssignment extends StepRef {
	audienceId: string | null;
	activityId: string;
	dependsOn: string[];
	seatIds: string[];
	unresolved?: string;
	review?: { seatIds: string[]; timing: Timing };
	/** Set when the map's overrides decided `seatIds` rather than the performer rules. */
	fromOverride?: true;
}

export interface AccountabilityMap {
	structure: string;
	seats: SeatColumn[];
	/** The scenario's audiences and the seat each lists as owner, if any. */
	audiences: { id: string; name: string; ownerSeatId?: string }[];
	rows: Row[];
	assignments: StepAssignment[];
	/** Overrides that name a row or seat this scenario no longer has: kept, not applied. */
	staleOverrides: Override[];
}

/** A user's setting of one cell, applied on top of generation; `role: null` empties the cell. */
export const overrideSchema = z.strictObject({
	activityId: activityIdSchema,
	/** null for a cross-audience row (or any row of a design without audiences). */
	audienceId: idSchema.nullable(),
	seatId: idSchema,
	role: roleSchema.nullable(),
	timing: timingSchema.optional()
});
export type Override = z.infer<typeof overrideSchema>;

export const overridesSchema = z.array(overrideSchema).max(10_000);

/** The body of a PUT of overrides: the whole list and the version it was read at. */
export const overridesUpdateSchema = z.strictObject({
	overrides: overridesSchema,
	version: z.number().int().min(0)
});

/** The kinds of information seed 001 says need exactly one agreed home. */
export const infoTypes = [
	'tasks-and-deadlines',
	'feedback-and-approvals',
	'brand-rules-and-ai-context',
	'assets-and-briefs',
	'results-and-reports',
	'audience-and-icp-definitions'
] as const;
export const infoTypeSchema = z.enum(infoTypes, {
	error: `expected one of ${infoTypes.join(', ')}`
});
export type InfoType = z.infer<typeof infoTypeSchema>;

export const infoTypeLabels: Record<InfoType, string> = {
	'tasks-and-deadlines': 'Tasks and deadlines',
	'feedback-and-approvals': 'Feedback and approvals',
	'brand-rules-and-ai-context': 'Brand rules and AI context',
	'assets-and-briefs': 'Assets and briefs',
	'results-and-reports': 'Results and reports',
	'audience-and-icp-definitions': 'Audience and ICP definitions'
};

/** One place (a tool, a folder, a document) holding one type of information, and its owner. */
export const sourceEntrySchema = z.strictObject({
	infoType: infoTypeSchema,
	place: text(120),
	ownerSeatId: idSchema.optional(),
	note: z.string().trim().max(400).default('')
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

export const sourceOfTruthSchema = z.strictObject({
	entries: z.array(sourceEntrySchema).max(200).default([])
});
export type SourceOfTruth = z.infer<typeof sourceOfTruthSchema>;

/** Where a lead time goes, in hours per item (the simulation's leadTimeBreakdown). */
export const leadTimeBreakdownSchema = z.strictObject({
	workHours: z.number().min(0),
	queueHours: z.number().min(0),
	handoffWaitHours: z.number().min(0),
	reviewLatencyHours: z.number().min(0),
	reworkHours: z.number().min(0)
});
export type LeadTimeBreakdown = z.infer<typeof leadTimeBreakdownSchema>;

/** What the health check reads of a simulation run: its overall flow figures. */
export const simulationSummarySchema = z.strictObject({
	handoffsPerItem: z.number().min(0),
	/** Working hours an item waits after its hand-offs. */
	handoffWaitHoursPerItem: z.number().min(0),
	leadTimeMeanHours: z.number().min(0).optional(),
	leadTimeBreakdown: leadTimeBreakdownSchema.optional()
});
export type SimulationSummary = z.infer<typeof simulationSummarySchema>;
