import { isAccountable, isResponsible, type Row } from '../schema';
import { byCount, finding, namer, pct, stepsOf, type Finding, type HealthInput } from './types';

/** Catalogue areas where the customer is heard and the message is decided. */
const insightAreas = new Set(['customer-conversations', 'strategic-planning', 'brand-positioning']);
/** Content is produced in this area; its strategy-phase work (briefs) is shaping, not volume. */
const productionArea = 'content-strategy-and-creation';

const involved = (r: Row) =>
	r.cells.filter((c) => isAccountable(c.role) || isResponsible(c.role)).map((c) => c.seatId);

/**
 * Volume-over-craft trap: content is produced by people who never touch the customer insight
 * behind it. Score: the share of content-production rows where neither the accountable nor a
 * responsible seat is responsible or accountable for any insight row (customer conversations,
 * planning, positioning) of the same audience.
 */
export function volumeOverCraft({ map }: HealthInput): Finding {
	const name = namer(map);
	const production = map.rows.filter((r) => r.area === productionArea && r.phase !== 'strategy');
	const insight = map.rows.filter((r) => insightAreas.has(r.area));
	const listening = (audienceId: string | null) =>
		new Set(
			insight
				.filter((r) => audienceId === null || r.audienceId === null || r.audienceId === audienceId)
				.flatMap(involved)
		);
	const blind = production.filter((r) => {
		const heard = listening(r.audienceId);
		return !involved(r).some((id) => heard.has(id));
	});
	const share = production.length > 0 ? blind.length / production.length : 0;
	const producers = byCount(
		blind.flatMap((r) => r.cells.filter((c) => isResponsible(c.role)).map((c) => c.seatId))
	);
	const explanation =
		blind.length === 0
			? 'Whoever produces content for an audience also hears that audience, so craft decides what ships.'
			: `${blind.length} of ${production.length} content rows are produced and owned by seats that never take part in their audience’s customer conversations or positioning, so output is judged by volume rather than by what the customer needs.`;
	return finding('volume-over-craft', share, {
		explanation,
		evidence: [
			{
				source: 'map',
				label: 'Content rows cut off from customer insight',
				value: `${blind.length} of ${production.length} (${pct(share)})`
			},
			...producers.slice(0, 4).map((id) => ({
				source: 'scenario' as const,
				label: 'Produces without hearing the customer',
				value: name.seat(id)
			}))
		],
		seatIds: producers,
		steps: stepsOf(blind)
	});
}
