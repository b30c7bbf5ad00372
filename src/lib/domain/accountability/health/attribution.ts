import { audienceOwner } from '../checks';
import { isAccountable } from '../schema';
import {
	byCount,
	finding,
	namer,
	pct,
	stepsOf,
	type Evidence,
	type Finding,
	type HealthInput
} from './types';

const seats = (n: number) => (n === 1 ? '1 seat' : `${n} seats`);

/**
 * Attribution breakdown: nobody owns an audience's outcome, so results cannot be traced to a
 * person. Per audience, the share of its rows not owned by its most accountable seat (at least
 * one half when the audience has no owner); the score is the mean over audiences. A design
 * without audiences scores 50: no outcome can be attributed at all.
 */
export function attribution({ map }: HealthInput): Finding {
	const name = namer(map);
	if (map.audiences.length === 0)
		return finding('attribution-breakdown', 0.5, {
			explanation: 'The scenario names no audiences, so no outcome can be attributed to an owner.',
			evidence: [{ source: 'scenario', label: 'Audiences', value: 'none' }],
			seatIds: [],
			steps: []
		});
	const evidence: Evidence[] = [];
	const causes: string[] = [];
	let total = 0;
	let unowned = 0;
	let seatsPerAudience = 0;
	for (const a of map.audiences) {
		const rows = map.rows.filter((r) => r.audienceId === a.id);
		const accountable = rows.flatMap((r) =>
			r.cells.filter((c) => isAccountable(c.role)).map((c) => c.seatId)
		);
		const ranked = byCount(accountable);
		const top = accountable.filter((id) => id === ranked[0]).length;
		const split = rows.length > 0 ? 1 - top / rows.length : 0;
		const owned = audienceOwner(map, a.ownerSeatId, a.id) !== undefined;
		if (!owned) unowned++;
		seatsPerAudience += ranked.length / map.audiences.length;
		total += owned ? split : Math.max(split, 0.5);
		if (!owned || ranked.length > 1) causes.push(...ranked);
		evidence.push({
			source: 'map',
			label: a.name,
			value: owned
				? `owned by ${name.seat(a.ownerSeatId ?? ranked[0]!)}; ${seats(ranked.length)} accountable across ${rows.length} rows`
				: `no owner; ${seats(ranked.length)} accountable across ${rows.length} rows, the most (${ranked[0] ? name.seat(ranked[0]) : 'nobody'}) for ${top}`
		});
	}
	const share = total / map.audiences.length;
	const explanation =
		unowned > 0
			? `${unowned} of ${map.audiences.length} audiences have no owner and an audience’s work answers to ${seatsPerAudience.toFixed(1)} seats on average, so nobody can be held to its result.`
			: share > 0
				? `Every audience has an owner, but ${pct(share)} of their rows answer to other seats.`
				: 'Every audience has one owner accountable for its outcome and its audience-specific work.';
	const seatIds = byCount(causes);
	return finding('attribution-breakdown', share, {
		explanation,
		evidence: [
			{
				source: 'scenario',
				label: 'Audiences without an owner',
				value: `${unowned} of ${map.audiences.length}`
			},
			...evidence
		],
		seatIds,
		steps: stepsOf(
			map.rows.filter((r) => r.audienceId !== null && unowned > 0),
			10
		)
	});
}
