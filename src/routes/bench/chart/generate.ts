import { randomLcg } from 'd3';
import type { Audience, DottedLine, Seat, SeatKind } from '$lib/domain/scenario/schema';

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Elena', 'Femi', 'Grace', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Okafor', 'Lindqvist', 'Mensah', 'Rossi', 'Tanaka', 'Bell', 'Petrova', 'Kim'];
const TITLES: Partial<Record<SeatKind, string[]>> = {
	'functional-lead': ['Director of demand generation', 'Head of content', 'Head of brand'],
	'head-of-gtm': ['Head of GTM'],
	'craft-custodian': ['Brand custodian', 'Content custodian', 'Product marketing custodian'],
	'gtm-marketer': ['GTM marketer'],
	specialist: ['Content writer', 'Designer', 'Paid media specialist', 'Marketing analyst'],
	coordinator: ['Marketing coordinator'],
	fractional: ['Fractional strategist'],
	agency: ['Design agency']
};

export interface GeneratedOrg {
	seats: Seat[];
	audiences: Audience[];
	dottedLines: DottedLine[];
}

/**
 * A plausible marketing org of `n` seats for benchmarks: a CMO, layers of leads, teams of
 * 3–11, now and then a flat team of 40–200, open, fractional and agency seats. Seeded.
 */
export function generateOrg(n: number, seed = 42): GeneratedOrg {
	const random = randomLcg(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	const audiences: Audience[] = Array.from({ length: 12 }, (_, i) => ({
		id: `aud-${i}`,
		name: `${pick(['Enterprise', 'Mid-market', 'Partner', 'Public'])} segment ${i + 1}`,
		segment: '',
		products: [],
		regions: []
	}));
	const seat = (i: number, kind: SeatKind, managerId: string | null): Seat => {
		const open = i > 0 && random() < 0.06;
		const vendor = kind === 'fractional' || kind === 'agency';
		return {
			id: `s${i}`,
			title: `${pick(TITLES[kind] ?? ['Chief marketing officer'])} ${i}`,
			kind,
			personName: open ? undefined : `${pick(FIRST)} ${pick(LAST)}`,
			open,
			managerId,
			fte: vendor ? pick([0.2, 0.4, 0.6]) : 1,
			hoursPerWeek: 40,
			focusFactor: 0.5,
			audienceIds: [],
			aiLevel: 1
		};
	};
	const seats = [seat(0, 'cmo', null)];
	const depth = [0];
	const managers = [0];
	for (let q = 0; seats.length < n; q++) {
		const m = managers[q] ?? Math.floor(random() * seats.length);
		const d = depth[m]! + 1;
		const size =
			d <= 2
				? 4 + Math.floor(random() * 5)
				: random() < 0.06
					? 40 + Math.floor(random() * 160)
					: 3 + Math.floor(random() * 9);
		const lead = d <= 2 ? 1 : d === 3 ? 0.4 : 0.12;
		for (let k = 0; k < size && seats.length < n; k++) {
			const isLead = random() < lead;
			const kind: SeatKind = isLead
				? pick(['functional-lead', 'head-of-gtm', 'craft-custodian'])
				: random() < 0.08
					? pick(['fractional', 'agency', 'coordinator'])
					: pick(['specialist', 'gtm-marketer']);
			depth.push(d);
			if (isLead) managers.push(seats.length);
			seats.push(seat(seats.length, kind, `s${m}`));
		}
	}
	const marketers = seats.filter((s) => s.kind === 'gtm-marketer');
	audiences.forEach((a, i) => {
		const owner = marketers[i];
		if (!owner) return;
		owner.audienceIds = [a.id];
		a.ownerSeatId = owner.id;
	});
	const custodians = seats.filter((s) => s.kind === 'craft-custodian');
	const dottedLines = marketers.slice(0, Math.ceil(n / 50)).flatMap((to, i) => {
		const from = custodians[i % Math.max(1, custodians.length)];
		return from ? [{ fromSeatId: from.id, toSeatId: to.id, label: 'standards' }] : [];
	});
	return { seats, audiences, dottedLines };
}
