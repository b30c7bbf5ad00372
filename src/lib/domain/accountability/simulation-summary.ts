import type { LeadTimeBreakdown, SimulationSummary } from './schema';

/** The overall flow figures of a simulation report, as the simulation gives them. */
export interface FlowFigures {
	handoffsPerItem: number;
	handoffWaitHoursPerItem: number;
	leadTime: { meanHours: number };
	leadTimeBreakdown?: LeadTimeBreakdown;
}

/** What the health check reads of a simulation: hand-offs per item, their wait (hours) and the lead time's breakdown. */
export const simulationSummaryOf = (overall: FlowFigures): SimulationSummary => ({
	handoffsPerItem: overall.handoffsPerItem,
	handoffWaitHoursPerItem: overall.handoffWaitHoursPerItem,
	leadTimeMeanHours: overall.leadTime.meanHours,
	...(overall.leadTimeBreakdown ? { leadTimeBreakdown: overall.leadTimeBreakdown } : {})
});
