import type { AccountabilityMap, Row, SimulationSummary, SourceOfTruth, StepRef } from '../schema';

/** The five legacy patterns of seed 002, in the order the health check reports them. */
export const patterns = [
	'service-centre',
	'attribution-breakdown',
	'sequential-routing',
	'source-of-truth-fragmentation',
	'volume-over-craft'
] as const;
export type Pattern = (typeof patterns)[number];

export const patternLabels: Record<Pattern, string> = {
	'service-centre': 'Service-centre dynamic',
	'attribution-breakdown': 'Attribution breakdown',
	'sequential-routing': 'Sequential routing',
	'source-of-truth-fragmentation': 'Source-of-truth fragmentation',
	'volume-over-craft': 'Volume-over-craft trap'
};

/** A score at or above this marks the pattern as present. */
export const FLAG_AT = 50;

/** One fact behind a score, and where it was read. */
export interface Evidence {
	source: 'scenario' | 'map' | 'source-of-truth' | 'simulation';
	label: string;
	value: string;
}

export interface Finding {
	pattern: Pattern;
	/** 0 (absent) to 100 (the pattern runs the whole design). */
	score: number;
	flagged: boolean;
	/** One sentence. */
	explanation: string;
	evidence: Evidence[];
	/** The seats that cause it, most involved first. */
	seatIds: string[];
	/** Template steps where it shows. */
	steps: StepRef[];
}

export interface HealthInput {
	/** The map with overrides applied. */
	map: AccountabilityMap;
	sourceOfTruth?: SourceOfTruth;
	/** The overall figures of a simulation of the same scenario, when one was run. */
	simulation?: SimulationSummary;
}

/** A finding from a share in [0, 1]. */
export function finding(
	pattern: Pattern,
	share: number,
	rest: Omit<Finding, 'pattern' | 'score' | 'flagged'>
): Finding {
	const score = Math.round(Math.min(1, Math.max(0, share)) * 100);
	return { pattern, score, flagged: score >= FLAG_AT, ...rest };
}

export const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Helpers to name seats and audiences in sentences. */
export function namer(map: AccountabilityMap) {
	const seats = new Map(map.seats.map((s) => [s.id, s]));
	const audiences = new Map(map.audiences.map((a) => [a.id, a.name]));
	return {
		seat: (id: string) => seats.get(id)?.title ?? id,
		kind: (id: string) => seats.get(id)?.kind,
		audience: (id: string | null) => (id === null ? 'all audiences' : (audiences.get(id) ?? id))
	};
}

/** Seat ids ordered by how often they occur, most first. */
export function byCount(ids: Iterable<string>): string[] {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** The distinct steps of some rows, at most `max`. */
export const stepsOf = (rows: Row[], max = 20): StepRef[] => {
	const seen = new Map<string, StepRef>();
	for (const r of rows) for (const s of r.steps) seen.set(`${s.templateId}/${s.stepId}`, s);
	return [...seen.values()].slice(0, max);
};
