/** The gate and hand-off parameters of a model, in hours and probabilities (see assumptions.ts). */
export interface GateParameters {
	/** Transfer effort per hand-off, hours charged to both sender and receiver; 0 switches it off. */
	handoffHours: number;
	/** Reviewer effort per review round, hours; 0 leaves review gates out. */
	reviewHours: number;
	/** Working hours a round waits before the reviewer picks it up. */
	reviewLatencyHours: number;
	/** Chance a round sends the work back when the reviewer sees it only at the end. */
	reworkProbabilityEnd: number;
	/** The same when the reviewer shaped the work at the start. */
	reworkProbabilityStart: number;
	/** Share of the step's effort redone per rework round. */
	reworkShare: number;
	/** Human review hours per hour of work AI absorbed. */
	aiReviewShare: number;
	/** Rounds after which work is accepted as it stands. */
	maxReviewRounds: number;
}

/** Hand-offs at 0.5 h, reviews of 1 h with no wait, rework and AI checking switched off. */
export const plainGates: GateParameters = {
	handoffHours: 0.5,
	reviewHours: 1,
	reviewLatencyHours: 0,
	reworkProbabilityEnd: 0,
	reworkProbabilityStart: 0,
	reworkShare: 0,
	aiReviewShare: 0,
	maxReviewRounds: 1
};
