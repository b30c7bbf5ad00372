import { highlightColors, highlightLabels, ink } from './palette';
import type { Chip, SceneNode } from './scene';
import { clip, textWidth, wrap, type TextStyle } from './text';

/** A drawing primitive in a card's own coordinates (px at zoom 1, origin top-left). */
export type Mark =
	| {
			type: 'rect';
			x: number;
			y: number;
			width: number;
			height: number;
			r: number;
			fill?: string;
			stroke?: string;
			strokeWidth?: number;
			dash?: [number, number];
	  }
	| { type: 'circle'; cx: number; cy: number; r: number; fill: string; stroke?: string }
	| {
			type: 'line';
			x1: number;
			y1: number;
			x2: number;
			y2: number;
			stroke: string;
			strokeWidth: number;
			dash?: [number, number];
	  }
	| {
			type: 'text';
			x: number;
			y: number;
			text: string;
			style: TextStyle;
			fill: string;
			anchor?: 'start' | 'middle' | 'end';
	  };

export const TITLE: TextStyle = { size: 13.5, weight: 600 };
const PERSON: TextStyle = { size: 12.5 };
const OPEN: TextStyle = { size: 12.5, italic: true };
const CHIP: TextStyle = { size: 12, weight: 600 };
const TAG: TextStyle = { size: 12, weight: 700 };
const TOGGLE: TextStyle = { size: 12, weight: 700 };
/** The smallest text on a card at zoom 1 (px): a fit that keeps text readable scales from it. */
export const SMALLEST_TEXT = 12;
const PAD = 16;
/** Line height of a wrapped title (px at zoom 1). */
const TITLE_LINE = 17;

/**
 * Card height (px at zoom 1) that fits every seat's whole title wrapped on cards `width` px
 * wide: `base` plus one title line per extra line of the longest title (6 lines at most).
 */
export function cardHeight(titles: Iterable<string>, width: number, base: number): number {
	let lines = 1;
	for (const title of titles)
		if (title.length * 4 > width - PAD - 10)
			lines = Math.max(lines, wrap(title, width - PAD - 10, TITLE).length);
	return base + (lines - 1) * TITLE_LINE;
}

const chipTones: Record<Chip['tone'], [string, string]> = {
	neutral: ['#eceef3', '#3d4452'],
	vendor: ['#fbefd9', '#74470a'],
	audience: ['#dcf0e3', '#17603a']
};

function chipMarks(chips: Chip[], y: number, room: number): Mark[] {
	const marks: Mark[] = [];
	let x = PAD;
	for (const [i, chip] of chips.entries()) {
		const width = textWidth(chip.text, CHIP) + (chip.dot ? 24 : 14);
		const rest = chips.length - i - 1;
		if (x + width > room - (rest > 0 ? 30 : 0)) {
			const more = `+${chips.length - i}`;
			marks.push({ type: 'text', x, y: y + 12.5, text: more, style: CHIP, fill: ink.soft });
			break;
		}
		const [fill, color] = chipTones[chip.tone];
		marks.push({ type: 'rect', x, y, width, height: 19, r: 9.5, fill });
		marks.push({ type: 'text', x: x + 7, y: y + 14, text: chip.text, style: CHIP, fill: color });
		if (chip.dot)
			marks.push({ type: 'circle', cx: x + width - 9.5, cy: y + 9.5, r: 4.5, fill: chip.dot });
		x += width + 4;
	}
	return marks;
}

function toggleMarks(node: SceneNode): Mark[] {
	const [cx, cy] = [node.width / 2, node.height];
	if (!node.collapsed)
		return [
			{ type: 'circle', cx, cy, r: 9, fill: ink.card, stroke: '#98a1b1' },
			{ type: 'text', x: cx, y: cy + 4, text: '−', style: TOGGLE, fill: ink.soft, anchor: 'middle' }
		];
	const text = `+${node.hiddenCount}`;
	const width = textWidth(text, TOGGLE) + 16;
	return [
		{ type: 'rect', x: cx - width / 2, y: cy - 10, width, height: 20, r: 10, fill: ink.accent },
		{ type: 'text', x: cx, y: cy + 4, text, style: TOGGLE, fill: '#ffffff', anchor: 'middle' }
	];
}

type RectMark = Extract<Mark, { type: 'rect' }>;
type TextMark = Extract<Mark, { type: 'text' }>;
const box = (
	x: number,
	y: number,
	width: number,
	height: number,
	r: number,
	paint: Partial<RectMark>
): Mark => ({ type: 'rect', x, y, width, height, r, ...paint });
const line = (
	x: number,
	y: number,
	text: string,
	style: TextStyle,
	fill: string,
	anchor?: TextMark['anchor']
): Mark => ({ type: 'text', x, y, text, style, fill, anchor });

const cache = new WeakMap<SceneNode, Mark[]>();

/** Everything drawn for one seat card, computed once per scene node. */
export function cardMarks(node: SceneNode): Mark[] {
	const cached = cache.get(node);
	if (cached) return cached;
	const { seat, width: w, height: h, highlight } = node;
	const marks: Mark[] = [];
	if (highlight)
		marks.push(
			box(-5, -5, w + 10, h + 10, 12, { stroke: highlightColors[highlight], strokeWidth: 3 })
		);
	const paint: Partial<RectMark> = seat.open
		? { fill: ink.openCard, stroke: ink.openBorder, strokeWidth: 1.5, dash: [5, 4] }
		: { fill: ink.card, stroke: ink.border, strokeWidth: 1 };
	marks.push(box(0, 0, w, h, 8, paint), box(5, 8, 4, h - 16, 2, { fill: node.color }));
	const title = wrap(seat.title, w - PAD - 10, TITLE);
	title.forEach((text, i) => marks.push(line(PAD, 23 + i * TITLE_LINE, text, TITLE, ink.text)));
	const person = seat.open ? 'Open seat' : (seat.personName ?? '');
	const style = seat.open ? OPEN : PERSON;
	const below = 23 + (title.length - 1) * TITLE_LINE + 18;
	if (person) marks.push(line(PAD, below, clip(person, w - PAD - 10, style), style, ink.soft));
	marks.push(...chipMarks(node.chips, h - 27, w - 8));
	if (highlight && highlight !== 'match') {
		const text = highlightLabels[highlight];
		const width = textWidth(text, TAG) + 14;
		marks.push(
			box(w - width - 8, -9, width, 18, 9, { fill: highlightColors[highlight] }),
			line(w - 8 - width / 2, 3.5, text, TAG, '#ffffff', 'middle')
		);
	}
	if (node.reportCount > 0) marks.push(...toggleMarks(node));
	cache.set(node, marks);
	return marks;
}
