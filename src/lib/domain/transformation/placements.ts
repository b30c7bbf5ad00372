import type { Design, Seat } from '../scenario/schema';
import type { Issue } from '../shared/issues';
import type { Placement } from './schema';

const who = (s: Seat) =>
	s.personName ? `${s.personName} (${s.title})` : `the open seat "${s.title}"`;

/** Problems with the chosen audiences: none chosen, or one the scenario does not have. */
export function audienceIssues(design: Design, audienceIds: readonly string[]): Issue[] {
	if (audienceIds.length === 0)
		return [{ path: 'audiences', message: 'choose at least one audience to organise around' }];
	const known = new Set(design.audiences.map((a) => a.id));
	return audienceIds.flatMap((id, i) =>
		known.has(id)
			? []
			: [
					{
						path: `audiences[${i}]`,
						message: `no audience "${id}" in this scenario (expected one of ${[...known].map((k) => `"${k}"`).join(', ') || 'none: add audiences first'})`
					}
				]
	);
}

/** Problems placing one seat: an unknown seat, a marketer without a chosen audience, a custodian without a craft. */
function placementIssue(p: Placement, i: number, seat: Seat | undefined, audiences: Set<string>) {
	const at = `mapping[${i}]`;
	if (!seat) return { path: `${at}.seatId`, message: `no seat "${p.seatId}" in this scenario` };
	if (p.to === 'gtm-marketer' && !p.audienceId)
		return {
			path: `${at}.audienceId`,
			message: `${who(seat)} becomes a GTM marketer: name the audience they will own`
		};
	if (p.to === 'gtm-marketer' && !audiences.has(p.audienceId!))
		return {
			path: `${at}.audienceId`,
			message: `"${p.audienceId}" is not one of the chosen audiences (${[...audiences].join(', ')})`
		};
	if (p.to === 'craft-custodian' && !(p.craft ?? seat.craft))
		return {
			path: `${at}.craft`,
			message: `${who(seat)} becomes a custodian: name the craft they will keep`
		};
	return undefined;
}

/**
 * Every reason to refuse a mapping: a seat placed twice or left out (nobody is dropped unless
 * placed as `leave`), unknown seats, GTM marketers without a chosen audience or sharing one,
 * custodians without a craft, and anything but exactly one CMO and at most one Head of GTM.
 */
export function mappingIssues(
	design: Design,
	audienceIds: readonly string[],
	mapping: readonly Placement[]
): Issue[] {
	const seats = new Map(design.seats.map((s) => [s.id, s]));
	const audiences = new Set(audienceIds);
	const issues: Issue[] = [];
	const first = new Map<string, number>();
	const owners = new Map<string, number>();
	mapping.forEach((p, i) => {
		const seat = seats.get(p.seatId);
		const bad = placementIssue(p, i, seat, audiences);
		if (bad) issues.push(bad);
		const seen = first.get(p.seatId);
		if (seen !== undefined && seat)
			issues.push({
				path: `mapping[${i}]`,
				message: `${who(seat)} is placed twice (mapping[${seen}] and mapping[${i}]); a person holds exactly one seat`
			});
		else first.set(p.seatId, i);
		if (p.to === 'gtm-marketer' && p.audienceId && !bad) {
			const other = owners.get(p.audienceId);
			if (other !== undefined)
				issues.push({
					path: `mapping[${i}].audienceId`,
					message: `"${p.audienceId}" already has a GTM marketer (mapping[${other}]); an audience has one owner`
				});
			else owners.set(p.audienceId, i);
		}
	});
	for (const s of design.seats)
		if (!first.has(s.id))
			issues.push({
				path: 'mapping',
				message: `${who(s)} is left out: place them, or choose "leave" to drop them from the draft`
			});
	const count = (to: Placement['to']) => mapping.filter((p) => p.to === to).length;
	if (count('cmo') !== 1)
		issues.push({
			path: 'mapping',
			message: `place exactly one seat as CMO, the top of the chart (found ${count('cmo')})`
		});
	if (count('head-of-gtm') > 1)
		issues.push({
			path: 'mapping',
			message: `place at most one Head of GTM (found ${count('head-of-gtm')})`
		});
	return issues;
}
