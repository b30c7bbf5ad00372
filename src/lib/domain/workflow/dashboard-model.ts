import { HOURS_PER_DAY } from '../simulation/summary';

/** What the dashboard reads of a simulation report's template figures (working hours). */
export interface SimulatedTemplate {
	templateId: string;
	name: string;
	leadTime: { meanHours: number; p85Hours: number };
	leadTimeBreakdown: { reviewLatencyHours: number; reworkHours: number };
}

/** The model's side of the dashboard for one template, in working days (8 hours) and rounds. */
export interface ModelFigures {
	templateId: string;
	name: string;
	/** Mean and 85th percentile lead time, arrival to the last step done. */
	leadTimeDays: number;
	leadTimeP85Days: number;
	/** Waiting for reviewers along a run's critical path, all rounds. */
	reviewWaitDaysPerRun: number;
	/** Everything in rework rounds (the redo and the review again) along the critical path. */
	reworkDaysPerRun: number;
	/** One round's wait before a reviewer picks it up plus the review itself (queues left out). */
	approvalDaysPerRound: number;
	/** Expected send-backs per gated step from the rework probabilities; null without gates. */
	roundsPerAsset: number | null;
}

/** The review assumptions the model ran with (models/simulation.json, hours and probabilities). */
export interface ModelAssumptions {
	reviewLatencyHours: number;
	reviewHours: number;
	reworkProbabilityEnd: number;
	reworkProbabilityStart: number;
	maxReviewRounds: number;
}

/**
 * Expected send-backs at one gate: the reviewer sends the work back with `probability` each
 * round, at most `maxRounds` times, so p + p² + … + p^maxRounds (0.875 for 0.5 and 3).
 */
export function expectedSendBacks(probability: number, maxRounds: number): number {
	let sum = 0;
	for (let k = 1; k <= maxRounds; k++) sum += probability ** k;
	return sum;
}

/**
 * The model's figures per simulated template: lead time and its review and rework parts from
 * the simulation (working hours ÷ 8), approval time per round and revision rounds per gated
 * asset from the assumptions and each template's gate timings (`gates` by template id).
 */
export function modelFigures(
	templates: readonly SimulatedTemplate[],
	a: ModelAssumptions,
	gates: ReadonlyMap<string, readonly ('start' | 'end')[]>
): ModelFigures[] {
	const days = (hours: number) => hours / HOURS_PER_DAY;
	return templates.map((t) => {
		const timings = gates.get(t.templateId) ?? [];
		const rounds = timings.map((timing) =>
			expectedSendBacks(
				timing === 'start' ? a.reworkProbabilityStart : a.reworkProbabilityEnd,
				a.maxReviewRounds
			)
		);
		return {
			templateId: t.templateId,
			name: t.name,
			leadTimeDays: days(t.leadTime.meanHours),
			leadTimeP85Days: days(t.leadTime.p85Hours),
			reviewWaitDaysPerRun: days(t.leadTimeBreakdown.reviewLatencyHours),
			reworkDaysPerRun: days(t.leadTimeBreakdown.reworkHours),
			approvalDaysPerRound: days(a.reviewLatencyHours + a.reviewHours),
			roundsPerAsset: rounds.length ? rounds.reduce((s, r) => s + r, 0) / rounds.length : null
		};
	});
}
