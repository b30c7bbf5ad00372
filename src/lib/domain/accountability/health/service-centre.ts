import { isAccountable } from '../schema';
import { byCount, finding, namer, pct, stepsOf, type Finding, type HealthInput } from './types';

const craftOwners = new Set(['craft-custodian', 'functional-lead']);

/**
 * Service-centre dynamic: functions serve every audience's requests instead of setting the
 * standard. Score: the mean of two shares — audience-specific rows whose A is a craft owner
 * (functional lead or custodian), and craft owners' consultations that come only at the
 * final review.
 */
export function serviceCentre({ map }: HealthInput): Finding {
	const name = namer(map);
	const isOwner = (id: string) => craftOwners.has(name.kind(id) ?? '');
	const audienceRows = map.rows.filter((r) => r.scope === 'audience');
	const served = audienceRows.filter((r) =>
		r.cells.some((c) => isAccountable(c.role) && isOwner(c.seatId))
	);
	const consults = map.rows.flatMap((r) =>
		r.cells.filter((c) => c.role === 'C' && isOwner(c.seatId)).map((c) => ({ r, c }))
	);
	const late = consults.filter(({ c }) => c.timing === 'end');
	const shares = [
		audienceRows.length > 0 ? served.length / audienceRows.length : 0,
		...(consults.length > 0 ? [late.length / consults.length] : [])
	];
	const share = shares.reduce((a, b) => a + b, 0) / shares.length;
	const owners = byCount([
		...served.flatMap((r) => r.cells.filter((c) => isAccountable(c.role)).map((c) => c.seatId)),
		...late.map(({ c }) => c.seatId)
	]);
	const explanation =
		served.length + late.length === 0
			? 'Craft owners set standards and join work at the start; no function runs a queue of other teams’ requests.'
			: `${served.length} of ${audienceRows.length} audience-specific rows are owned by a function that serves every audience, and craft owners first see ${late.length} pieces of work at the final review.`;
	return finding('service-centre', share, {
		explanation,
		evidence: [
			{
				source: 'map',
				label: 'Audience-specific rows owned by a function',
				value: `${served.length} of ${audienceRows.length} (${pct(shares[0]!)})`
			},
			{
				source: 'map',
				label: 'Craft-owner consultations only at the final review',
				value: `${late.length} of ${consults.length}`
			},
			...owners.slice(0, 3).map((id) => ({
				source: 'scenario' as const,
				label: 'Function serving the queue',
				value: name.seat(id)
			}))
		],
		seatIds: owners,
		steps: stepsOf([...served, ...late.map(({ r }) => r)])
	});
}
