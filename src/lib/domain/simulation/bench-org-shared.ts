import type { Audience, SeatInput, SeatKind } from '../scenario/schema';

/** What the generated orgs of bench-orgs.ts share: audiences, costs, and teams split into squads. */

/** Crafts of a team's seats in proportion; each one appears at least once. */
export type TeamCrafts = [craft: string, weight: number][];

/** AI level of a team's specialists. */
export type TeamAi = 0 | 1;

/** A manager has at most this many direct reports inside a team. */
export const SPAN = 8;

/** Audiences' segments, industries and regions, cycled. */
const SEGMENTS = ['Enterprise', 'Mid-market', 'Small business', 'Public sector', 'Partners'];
const INDUSTRIES = ['finance', 'healthcare', 'manufacturing', 'retail', 'software', 'logistics'];
const REGIONS = ['North America', 'EMEA', 'APAC', 'Latin America'];

/** A seat's annual cost by kind. */
export const COST: Record<SeatKind, number> = {
	cmo: 340_000,
	'head-of-gtm': 240_000,
	'gtm-marketer': 150_000,
	'craft-custodian': 200_000,
	'functional-lead': 190_000,
	specialist: 120_000,
	coordinator: 110_000,
	fractional: 90_000,
	agency: 150_000
};

export const pad = (n: number) => String(n).padStart(4, '0');
export const title = (craft: string) =>
	craft === 'ai-governance' ? 'AI governance' : craft.charAt(0).toUpperCase() + craft.slice(1);

/** One audience per ten seats, at least 1, at most 500. */
export const audienceCount = (seats: number) => Math.min(500, Math.max(1, Math.round(seats / 10)));

export function audiences(count: number): Audience[] {
	return Array.from({ length: count }, (_, i) => {
		const segment = SEGMENTS[i % SEGMENTS.length]!;
		const industry = INDUSTRIES[Math.floor(i / SEGMENTS.length) % INDUSTRIES.length]!;
		const region = REGIONS[Math.floor(i / (SEGMENTS.length * INDUSTRIES.length)) % REGIONS.length]!;
		const round = Math.floor(i / (SEGMENTS.length * INDUSTRIES.length * REGIONS.length));
		return {
			id: `audience-${pad(i + 1)}`,
			name: `${segment} ${industry}, ${region}${round > 0 ? ` ${round + 1}` : ''}`,
			segment,
			products: [`Product ${(i % 3) + 1}`],
			regions: [region]
		};
	});
}

/** `total` split by `weights` (largest remainder), each part at least its `min`. */
export function apportion(total: number, weights: number[], mins: number[]): number[] {
	const spare = total - mins.reduce((s, m) => s + m, 0);
	const sum = weights.reduce((s, w) => s + w, 0);
	const exact = weights.map((w) => (spare * w) / sum);
	const parts = exact.map(Math.floor);
	let left = spare - parts.reduce((s, p) => s + p, 0);
	const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
	for (const [, i] of order) if (left-- > 0) parts[i]!++;
	return parts.map((p, i) => p + mins[i]!);
}

/** The craft of the i-th seat of a team: each craft once, then cycling by weight. */
function teamCraft(team: TeamCrafts, i: number): string {
	if (i < team.length) return team[i]![0];
	const cycle = team.flatMap(([craft, w]) => Array<string>(w).fill(craft));
	return cycle[(i - team.length) % cycle.length]!;
}

/**
 * `size` seats under `headId`: up to SPAN specialists report to the head directly; a larger
 * team is split into squads of a lead (of kind `leadKind`, holding a craft of the team) and up
 * to SPAN specialists. Every 25th specialist is an open seat (a planned hire).
 */
export function team(
	prefix: string,
	headId: string,
	size: number,
	crafts: TeamCrafts,
	ai: TeamAi,
	label: string,
	leadKind: 'functional-lead' | 'specialist' = 'functional-lead'
): SeatInput[] {
	const seats: SeatInput[] = [];
	const squads = size <= SPAN ? 0 : Math.ceil(size / (SPAN + 1));
	const specialists = size - squads;
	for (let q = 0; q < squads; q++)
		seats.push({
			id: `${prefix}-lead-${pad(q + 1)}`,
			title: `Team lead, ${label} ${q + 1}`,
			kind: leadKind,
			managerId: headId,
			craft: teamCraft(crafts, q),
			aiLevel: 1,
			annualCost: COST['functional-lead'] - 20_000
		});
	for (let i = 0; i < specialists; i++) {
		const craft = teamCraft(crafts, i);
		seats.push({
			id: `${prefix}-${pad(i + 1)}`,
			title: `${title(craft)} specialist ${i + 1}`,
			kind: 'specialist',
			managerId: squads > 0 ? `${prefix}-lead-${pad((i % squads) + 1)}` : headId,
			craft,
			aiLevel: ai,
			open: (i + 1) % 25 === 0,
			annualCost: COST.specialist
		});
	}
	return seats;
}
