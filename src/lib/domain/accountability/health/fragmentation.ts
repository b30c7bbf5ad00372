import { infoTypes } from '../schema';
import { checkSourceOfTruth } from '../source-of-truth';
import { finding, type Finding, type HealthInput } from './types';

/**
 * Source-of-truth fragmentation: information lives in several places or belongs to nobody.
 * Score: the share of seed 001's information types that are duplicated, unowned or have no
 * recorded place (an unrecorded map scores 100: nobody has decided).
 */
export function fragmentation({ map, sourceOfTruth }: HealthInput): Finding {
	const rows = checkSourceOfTruth(
		sourceOfTruth ?? { entries: [] },
		map.seats.map((s) => s.id)
	);
	const bad = rows.filter((r) => r.status !== 'ok');
	const count = (status: string) => rows.filter((r) => r.status === status).length;
	const explanation =
		bad.length === 0
			? 'Every type of information has one agreed place and an owner.'
			: `${bad.length} of ${infoTypes.length} types of information have no single owned home (${count('duplicated')} in several places, ${count('unowned')} without an owner, ${count('missing')} not recorded), so people hunt and cannot trust what they find.`;
	return finding('source-of-truth-fragmentation', bad.length / infoTypes.length, {
		explanation,
		evidence: bad.map((r) => ({
			source: 'source-of-truth' as const,
			label: r.label,
			value: r.message
		})),
		seatIds: [...new Set(bad.flatMap((r) => r.ownerSeatIds))],
		steps: []
	});
}
