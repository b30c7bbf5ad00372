import {
	dottedLinkPath,
	type ChartGroup,
	type ChartLayout,
	type ChartLink,
	type ChartNode
} from '$lib/domain/scenario/layout';
import {
	seatKindLabels,
	seatKinds,
	type Audience,
	type DottedLine,
	type Seat,
	type SeatKind
} from '$lib/domain/scenario/schema';
import {
	cadenceColors,
	cadenceLabels,
	cadenceWords,
	kindColors,
	type Cadence,
	type Highlight
} from './palette';

/** A small label on a card: FTE, agency or fractional, or an audience the seat owns. */
export interface Chip {
	text: string;
	/** Full wording for tooltips and screen readers. */
	title: string;
	tone: 'neutral' | 'vendor' | 'audience';
	/** Cadence dot colour, when the parent passed a cadence for it. */
	dot?: string;
}

/** A laid-out seat with what a card shows. */
export interface SceneNode extends ChartNode {
	seat: Seat;
	color: string;
	highlight?: Highlight;
	chips: Chip[];
	/** What a screen reader says for the seat. */
	label: string;
}

export interface DottedPath {
	from: string;
	to: string;
	label: string;
	path: string;
	/** The point `t` of the way along the curve (0 at `from`, 1 at `to`), in chart units. */
	at: (t: number) => [number, number];
}

/** A point along the one cubic curve `dottedLinkPath` writes ("Mx,yCx,y x,y x,y"). */
function pointsOn(path: string) {
	const [x0, y0, x1, y1, x2, y2, x3, y3] = path.slice(1).split(/[C, ]/).map(Number) as number[];
	return (t: number): [number, number] => {
		const [a, b, c, d] = [(1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t ** 3];
		return [a * x0! + b * x1! + c * x2! + d * x3!, a * y0! + b * y1! + c * y2! + d * y3!];
	};
}

export interface Scene {
	nodes: SceneNode[];
	byId: Map<string, SceneNode>;
	links: ChartLink[];
	groups: ChartGroup[];
	dotted: DottedPath[];
	bounds: ChartLayout['bounds'];
	/** Kinds on the chart, in schema order, for the legend. */
	kinds: SeatKind[];
	hasOpen: boolean;
}

export interface SceneInput {
	layout: ChartLayout;
	seats: readonly Seat[];
	audiences: readonly Audience[];
	dottedLines: readonly DottedLine[];
	highlight?: ReadonlyMap<string, Highlight>;
	/** Keyed by audience id (dot on that badge) or by seat id (dot on all its badges). */
	cadence?: ReadonlyMap<string, Cadence>;
}

const STOP = /^(and|of|the|at|for|in|to|&)$/i;

/** Short badge names: the first word, or initials when two audiences share that word. */
export function abbreviate(audiences: readonly Audience[]): Map<string, string> {
	const first = (name: string) => name.split(/\s+/).find((w) => !STOP.test(w)) ?? name;
	const counts = new Map<string, number>();
	for (const a of audiences) counts.set(first(a.name), (counts.get(first(a.name)) ?? 0) + 1);
	const short = (word: string) => (word.length > 11 ? `${word.slice(0, 10)}.` : word);
	return new Map(
		audiences.map((a) => {
			const word = first(a.name);
			if (counts.get(word) === 1) return [a.id, short(word)];
			const words = a.name.split(/[\s-]+/).filter((w) => w && !STOP.test(w));
			return [
				a.id,
				words
					.map((w) => w[0]!.toUpperCase())
					.join('')
					.slice(0, 4)
			];
		})
	);
}

const fteText = (fte: number) => `${Number(fte.toFixed(2))} FTE`;

function chipsOf(
	seat: Seat,
	names: Map<string, Audience>,
	short: Map<string, string>,
	cadence?: ReadonlyMap<string, Cadence>
): Chip[] {
	const chips: Chip[] = [];
	if (seat.kind === 'agency') chips.push({ text: 'Agency', title: 'Agency', tone: 'vendor' });
	if (seat.kind === 'fractional')
		chips.push({ text: 'Fractional', title: 'Fractional', tone: 'vendor' });
	if (seat.fte < 1)
		chips.push({ text: fteText(seat.fte), title: `${seat.fte} of full time`, tone: 'neutral' });
	for (const id of seat.audienceIds) {
		const state = cadence?.get(id) ?? cadence?.get(seat.id);
		const name = names.get(id)?.name ?? id;
		const badge = short.get(id) ?? id;
		chips.push({
			text: state ? `${badge} · ${cadenceWords[state]}` : badge,
			title: `Owns ${name}${state ? `, ${cadenceLabels[state]}` : ''}`,
			tone: 'audience',
			dot: state && cadenceColors[state]
		});
	}
	return chips;
}

/** Everything the renderers and exports draw, derived from the layout and the design. */
export function buildScene(input: SceneInput): Scene {
	const { layout, seats, audiences, highlight, cadence } = input;
	const seatOf = new Map(seats.map((s) => [s.id, s]));
	const names = new Map(audiences.map((a) => [a.id, a]));
	const short = abbreviate(audiences);
	const present = new Set<SeatKind>();
	let hasOpen = false;
	const nodes = layout.nodes.flatMap((node): SceneNode[] => {
		const seat = seatOf.get(node.id);
		if (!seat) return [];
		present.add(seat.kind);
		hasOpen ||= seat.open;
		const chips = chipsOf(seat, names, short, cadence);
		const who = seat.open ? 'open seat' : (seat.personName ?? 'no person named');
		const extra = chips.map((c) => c.title).join(', ');
		const label = `${seat.title}, ${who}, ${seatKindLabels[seat.kind]}${extra ? `, ${extra}` : ''}`;
		return [
			{
				...node,
				seat,
				color: kindColors[seat.kind],
				highlight: highlight?.get(node.id),
				chips,
				label
			}
		];
	});
	const dotted = input.dottedLines.flatMap((l): DottedPath[] => {
		const path = dottedLinkPath(layout, l.fromSeatId, l.toSeatId);
		return path
			? [{ from: l.fromSeatId, to: l.toSeatId, label: l.label, path, at: pointsOn(path) }]
			: [];
	});
	return {
		nodes,
		byId: new Map(nodes.map((n) => [n.id, n])),
		links: layout.links,
		groups: layout.groups,
		dotted,
		bounds: layout.bounds,
		kinds: seatKinds.filter((k) => present.has(k)),
		hasOpen
	};
}
