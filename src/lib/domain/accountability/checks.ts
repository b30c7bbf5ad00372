import { isAccountable, isResponsible, type AccountabilityMap, type Row } from './schema';

export const checkIds = [
	'one-accountable',
	'nothing-unowned',
	'custodians-at-start',
	'accountable-limit',
	'audience-owner'
] as const;
export type CheckId = (typeof checkIds)[number];

export const checkLabels: Record<CheckId, string> = {
	'one-accountable': 'Exactly one A per activity and audience',
	'nothing-unowned': 'Nothing unowned: someone does every activity',
	'custodians-at-start': 'Custodians join at the start, not only at the final review',
	'accountable-limit': 'No seat carries more A’s than the limit',
	'audience-owner': 'Every audience has an owner'
};

/** One offending row, seat or audience, with a sentence that names it. */
export interface CheckRow {
	message: string;
	rowKey?: string;
	activityId?: string;
	audienceId?: string | null;
	seatIds?: string[];
}

export interface CheckResult {
	id: CheckId;
	ok: boolean;
	rows: CheckRow[];
}

export interface CheckOptions {
	/**
	 * Most rows one seat may be accountable for. Default: the number of activities in use, i.e.
	 * one audience's complete work plus the cross-audience standards (an assumption: beyond
	 * that a seat owns more than one audience's outcome).
	 */
	maxAccountable?: number;
}

type Names = { seat: (id: string) => string; audience: (id: string | null) => string };

function namesOf(map: AccountabilityMap): Names {
	const seats = new Map(map.seats.map((s) => [s.id, s]));
	const audiences = new Map(map.audiences.map((a) => [a.id, a.name]));
	return {
		seat: (id) => {
			const s = seats.get(id);
			return s ? `${s.title}${s.personName ? ` (${s.personName})` : ''}` : id;
		},
		audience: (id) => (id === null ? 'all audiences' : (audiences.get(id) ?? id))
	};
}

const rowRef = (r: Row) => ({ rowKey: r.key, activityId: r.activityId, audienceId: r.audienceId });
const what = (r: Row, n: Names) => `${r.activityName} for ${n.audience(r.audienceId)}`;

function oneAccountable(map: AccountabilityMap, n: Names): CheckRow[] {
	return map.rows.flatMap((r) => {
		const a = r.cells.filter((c) => isAccountable(c.role)).map((c) => c.seatId);
		if (a.length === 1) return [];
		const message =
			a.length === 0
				? `${what(r, n)} has no accountable seat`
				: `${what(r, n)} has ${a.length} accountable seats: ${a.map(n.seat).join(', ')}`;
		return [{ ...rowRef(r), seatIds: a, message }];
	});
}

function nothingUnowned(map: AccountabilityMap, n: Names): CheckRow[] {
	return map.rows.flatMap((r) =>
		r.cells.some((c) => isResponsible(c.role))
			? []
			: [{ ...rowRef(r), seatIds: [], message: `nobody is responsible for ${what(r, n)}` }]
	);
}

const craftOwnerKinds = new Set(['craft-custodian', 'functional-lead']);

function custodiansAtStart(map: AccountabilityMap, n: Names): CheckRow[] {
	const owners = new Set(map.seats.filter((s) => craftOwnerKinds.has(s.kind)).map((s) => s.id));
	return map.rows.flatMap((r) => {
		const late = r.cells
			.filter((c) => c.role === 'C' && c.timing === 'end' && owners.has(c.seatId))
			.map((c) => c.seatId);
		if (late.length === 0) return [];
		const who = late.map(n.seat).join(', ');
		return [
			{
				...rowRef(r),
				seatIds: late,
				message: `${who} ${late.length === 1 ? 'first sees' : 'first see'} ${what(r, n)} at the final review`
			}
		];
	});
}

function accountableLimit(map: AccountabilityMap, n: Names, limit: number): CheckRow[] {
	const counts = new Map<string, number>();
	for (const r of map.rows)
		for (const c of r.cells)
			if (isAccountable(c.role)) counts.set(c.seatId, (counts.get(c.seatId) ?? 0) + 1);
	return [...counts]
		.filter(([, count]) => count > limit)
		.map(([id, count]) => ({
			seatIds: [id],
			message: `${n.seat(id)} is accountable for ${count} rows (limit ${limit})`
		}));
}

/**
 * The seat owning an audience: its listed owner, else the one seat accountable for every row
 * of the audience (a de facto owner, as a solo coordinator is).
 */
export function audienceOwner(map: AccountabilityMap, ownerSeatId: string | undefined, id: string) {
	if (ownerSeatId) return ownerSeatId;
	const mine = map.rows.filter((r) => r.audienceId === id);
	const a = new Set(
		mine.flatMap((r) => r.cells.filter((c) => isAccountable(c.role))).map((c) => c.seatId)
	);
	return mine.length > 0 && a.size === 1 ? [...a][0] : undefined;
}

function audienceOwners(map: AccountabilityMap): CheckRow[] {
	return map.audiences.flatMap((a) => {
		if (audienceOwner(map, a.ownerSeatId, a.id)) return [];
		const seats = new Set(
			map.rows
				.filter((r) => r.audienceId === a.id)
				.flatMap((r) => r.cells.filter((c) => isAccountable(c.role)).map((c) => c.seatId))
		);
		const split = seats.size > 1 ? `; its work is owned piecemeal by ${seats.size} seats` : '';
		return [{ audienceId: a.id, seatIds: [...seats], message: `${a.name} has no owner${split}` }];
	});
}

/** The map's checks (overrides applied), each ok or naming its offending rows, seats or audiences. */
export function runChecks(map: AccountabilityMap, options: CheckOptions = {}): CheckResult[] {
	const n = namesOf(map);
	const limit = options.maxAccountable ?? new Set(map.rows.map((r) => r.activityId)).size;
	const found: Record<CheckId, CheckRow[]> = {
		'one-accountable': oneAccountable(map, n),
		'nothing-unowned': nothingUnowned(map, n),
		'custodians-at-start': custodiansAtStart(map, n),
		'accountable-limit': accountableLimit(map, n, limit),
		'audience-owner': audienceOwners(map)
	};
	return checkIds.map((id) => ({ id, ok: found[id].length === 0, rows: found[id] }));
}
