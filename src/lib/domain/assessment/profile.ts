import { z } from 'zod';

export const numberError = (whole: boolean) => (issue: { input?: unknown }) => {
	if (issue.input === undefined) return 'is required';
	if (typeof issue.input === 'number' && Number.isFinite(issue.input) && whole)
		return 'expected a whole number';
	return 'expected a number';
};

/** A whole number in [min, max], with field-level messages for missing, text and out-of-range. */
const count = (min: number, max: number) =>
	z
		.int({ error: numberError(true) })
		.min(min, `must be at least ${min}`)
		.max(max, `must be at most ${max}`);

const flag = z.boolean({
	error: (issue) => (issue.input === undefined ? 'is required' : 'expected true or false')
});

/**
 * What a leader tells us about the company. Counts drive the catalogue's activities (audiences,
 * products, channels, regions in a quarter; campaigns per quarter; events per year).
 * `aiTools` is the company-wide AI level 0–3 (none, assisted, integrated, native), the same
 * scale as a seat's aiLevel and the catalogue's aiShare, so demand reads aiShare[aiTools].
 */
export const profileSchema = z.strictObject({
	/** Distinct buyer audiences marketing serves, 1–50. */
	audiences: count(1, 50),
	/** Products or offers marketed separately, 1–100. */
	products: count(1, 100),
	/** Active marketing channels (email, paid search, a social network, …), 0–50. */
	channels: count(0, 50),
	/** Regions with their own go-to-market (routing, language, events), 1–50. */
	regions: count(1, 50),
	/** Campaigns launched per quarter, 0–100. */
	campaignsPerQuarter: count(0, 100),
	/** Events and webinars run per year, 0–200. */
	eventsPerYear: count(0, 200),
	/** Sellers marketing supports, 0–1000; drives urgent requests (hours/week). */
	salesTeamSize: count(0, 1000),
	/** Revenue growth target, % per year, −50 to 500. */
	growthTargetPct: z
		.number({ error: numberError(false) })
		.min(-50, 'must be at least -50')
		.max(500, 'must be at most 500'),
	/** AI level in use across the company: 0 none, 1 assisted, 2 integrated, 3 native. */
	aiTools: count(0, 3),
	/** How well the executive team agrees on marketing's goals, 1 (not at all) to 5 (fully). */
	executiveAlignment: count(1, 5),
	/** Whether a marketing strategy and quarterly roadmap are written down. */
	strategyDocumented: flag,
	/** Whether growth goals are few and focused (one or two motions, not everything at once). */
	focusedGoals: flag
});
export type Profile = z.infer<typeof profileSchema>;
