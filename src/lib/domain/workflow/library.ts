import type { WorkLibrary } from '../accountability/work';

/** What runs read from the models: the map's library plus the review figures of the simulation. */
export interface RunLibrary extends WorkLibrary {
	/** Wait before a reviewer picks up a round, in working hours. */
	reviewLatencyHours: number;
	/** Share of a step's effort redone per rework round, in [0, 1]. */
	reworkShare: number;
}
