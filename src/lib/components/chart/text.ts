import { FONT_FAMILY } from './palette';

/** How a line of chart text is set: size in px at zoom 1. */
export interface TextStyle {
	size: number;
	weight?: number;
	italic?: boolean;
}

export const cssFont = ({ size, weight = 400, italic }: TextStyle) =>
	`${italic ? 'italic ' : ''}${weight} ${size}px ${FONT_FAMILY}`;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width of `text` in px at zoom 1, measured by the browser (estimated outside one). */
export function textWidth(text: string, style: TextStyle): number {
	if (context === undefined)
		context =
			typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return text.length * style.size * 0.56;
	const font = cssFont(style);
	const key = `${font}|${text}`;
	let width = widths.get(key);
	if (width === undefined) {
		context.font = font;
		width = context.measureText(text).width;
		if (widths.size > 50_000) widths.clear();
		widths.set(key, width);
	}
	return width;
}

/** `text`, cut with an ellipsis so that it fits `max` px. */
export function clip(text: string, max: number, style: TextStyle): string {
	if (textWidth(text, style) <= max) return text;
	let [lo, hi] = [0, text.length];
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (textWidth(`${text.slice(0, mid).trimEnd()}…`, style) <= max) lo = mid;
		else hi = mid - 1;
	}
	return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * `text` broken at spaces (or inside a word longer than a line) into lines of at most `max` px;
 * past `maxLines` the last line is cut with an ellipsis.
 */
export function wrap(text: string, max: number, style: TextStyle, maxLines = 6): string[] {
	if (textWidth(text, style) <= max) return [text];
	const lines: string[] = [];
	let line = '';
	const push = (word: string) => {
		const next = line ? `${line} ${word}` : word;
		if (textWidth(next, style) <= max) return void (line = next);
		if (line) lines.push(line);
		line = word;
		while (textWidth(line, style) > max) {
			let cut = line.length - 1;
			while (cut > 1 && textWidth(line.slice(0, cut), style) > max) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	};
	for (const word of text.split(/\s+/).filter(Boolean)) push(word);
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = clip(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, max, style);
	return kept;
}
