import { drawScene } from './draw';
import { drawMarks } from './draw-marks';
import { legendMarks } from './legend-marks';
import { cardMarks, type Mark } from './marks';
import { ink } from './palette';
import type { Scene } from './scene';
import { clip, cssFont, type TextStyle } from './text';

const MARGIN = 32;
/** Chromium refuses canvases past 16,384 px a side or about 268 M px in all. */
const MAX_SIDE = 16_000;
const MAX_AREA = 120_000_000;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n1 = (v: number) => Math.round(v * 10) / 10;

function markSvg(m: Mark): string {
	if (m.type === 'text') {
		const anchor = m.anchor && m.anchor !== 'start' ? ` text-anchor="${m.anchor}"` : '';
		const style = `font:${cssFont(m.style)}`;
		return `<text x="${n1(m.x)}" y="${n1(m.y)}" fill="${m.fill}"${anchor} style="${escape(style)}">${escape(m.text)}</text>`;
	}
	const dash = m.type !== 'circle' && m.dash ? ` stroke-dasharray="${m.dash.join(' ')}"` : '';
	if (m.type === 'line')
		return `<line x1="${n1(m.x1)}" y1="${n1(m.y1)}" x2="${n1(m.x2)}" y2="${n1(m.y2)}" stroke="${m.stroke}" stroke-width="${m.strokeWidth}"${dash}/>`;
	const stroke = m.stroke
		? ` stroke="${m.stroke}" stroke-width="${m.type === 'rect' ? (m.strokeWidth ?? 1) : 1}"${dash}`
		: '';
	if (m.type === 'circle')
		return `<circle cx="${n1(m.cx)}" cy="${n1(m.cy)}" r="${m.r}" fill="${m.fill}"${stroke}/>`;
	return `<rect x="${n1(m.x)}" y="${n1(m.y)}" width="${n1(m.width)}" height="${n1(m.height)}" rx="${m.r}" fill="${m.fill ?? 'none'}"${stroke}/>`;
}

/** What an exported image says above the chart, and which part of the chart it shows. */
export interface ExportOptions {
	title: string;
	/** A line under the title, such as the date and what is shown. */
	subtitle: string;
	/** The part of the chart to show (chart units); the whole chart when left out. */
	area?: { x: number; y: number; width: number; height: number };
}

const HEADING: TextStyle = { size: 20, weight: 700 };
const SUBTITLE: TextStyle = { size: 13 };

function frame(scene: Scene, options: ExportOptions) {
	const bounds = options.area ?? scene.bounds;
	const width = Math.max(bounds.width + 2 * MARGIN, 560);
	const room = width - 2 * MARGIN;
	const header: Mark[] = [
		{
			type: 'text',
			x: 0,
			y: 20,
			text: clip(options.title, room, HEADING),
			style: HEADING,
			fill: ink.text
		},
		{
			type: 'text',
			x: 0,
			y: 42,
			text: clip(options.subtitle, room, SUBTITLE),
			style: SUBTITLE,
			fill: ink.soft
		}
	];
	const legend = legendMarks(
		scene.kinds,
		{ open: scene.hasOpen, dotted: scene.dotted.length > 0 },
		room
	);
	const marks = [...header, ...legend.marks.map((m) => shift(m, 58))];
	const top = MARGIN + 58 + legend.height + 20;
	const height = top + bounds.height + MARGIN;
	return { width, height, marks, bounds, dx: MARGIN - bounds.x, dy: top - bounds.y };
}

/** A mark moved down by `dy` px. */
function shift(m: Mark, dy: number): Mark {
	if (m.type === 'line') return { ...m, y1: m.y1 + dy, y2: m.y2 + dy };
	if (m.type === 'circle') return { ...m, cy: m.cy + dy };
	return { ...m, y: m.y + dy };
}

const meets = (
	a: ExportOptions['area'],
	n: { x: number; y: number; width: number; height: number }
) =>
	!a ||
	(n.x < a.x + a.width && n.x + n.width > a.x && n.y < a.y + a.height && n.y + n.height > a.y);

/** A standalone SVG document of the chart (as collapsed now) with title, date line and legend. */
export function sceneToSvg(scene: Scene, options: ExportOptions): string {
	const { width, height, marks, bounds, dx, dy } = frame(scene, options);
	const clipped = options.area !== undefined;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${n1(width)}" height="${n1(height)}" viewBox="0 0 ${n1(width)} ${n1(height)}">`,
		`<title>${escape(options.title)}</title>`,
		`<rect width="100%" height="100%" fill="${ink.background}"/>`,
		`<g transform="translate(${MARGIN},${MARGIN})">${marks.map(markSvg).join('')}</g>`,
		clipped
			? `<clipPath id="view"><rect x="${n1(bounds.x)}" y="${n1(bounds.y)}" width="${n1(bounds.width)}" height="${n1(bounds.height)}"/></clipPath>`
			: '',
		`<g transform="translate(${n1(dx)},${n1(dy)})"${clipped ? ' clip-path="url(#view)"' : ''}>`,
		`<g fill="${ink.group}" stroke="${ink.groupBorder}">`,
		...scene.groups
			.filter((g) => meets(options.area, g))
			.map((g) => `<rect x="${g.x}" y="${g.y}" width="${g.width}" height="${g.height}" rx="10"/>`),
		`</g><g fill="none" stroke="${ink.link}" stroke-width="1.25">`,
		...scene.links.map((l) => `<path d="${l.path}"/>`),
		`</g><g fill="none" stroke="${ink.dotted}" stroke-width="1.5" stroke-dasharray="4 4" opacity="0.75">`,
		...scene.dotted.map(
			(l) => `<path d="${l.path}"><title>${escape(l.label || 'Dotted line')}</title></path>`
		),
		'</g>'
	];
	for (const n of scene.nodes) {
		if (!meets(options.area, n)) continue;
		const fade = n.highlight === 'removed' ? ' opacity="0.55"' : '';
		out.push(
			`<g transform="translate(${n.x},${n.y})" data-seat-id="${escape(n.id)}"${fade}><title>${escape(n.label)}</title>`,
			...cardMarks(n).map(markSvg),
			'</g>'
		);
	}
	out.push('</g></svg>');
	return out.join('\n');
}

/** The chart drawn on an offscreen canvas at `scale` (reduced to fit canvas limits), with header. */
export async function sceneToPng(scene: Scene, options: ExportOptions, scale = 2): Promise<Blob> {
	const { width, height, marks, dx, dy } = frame(scene, options);
	const fit = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
	const s = Math.min(scale, fit);
	const canvas = document.createElement('canvas');
	canvas.width = Math.max(1, Math.floor(width * s));
	canvas.height = Math.max(1, Math.floor(height * s));
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw the chart to an image.');
	const top = dy + (options.area ?? scene.bounds).y;
	drawScene(
		ctx,
		scene,
		{ x: dx, y: dy, k: 1, width, height },
		{ dpr: s, detail: 'full', cull: options.area !== undefined }
	);
	// The header band is drawn over anything of the view that reaches above the chart area.
	ctx.setTransform(s, 0, 0, s, 0, 0);
	ctx.fillStyle = ink.background;
	ctx.fillRect(0, 0, width, top);
	ctx.fillRect(0, height - MARGIN, width, MARGIN);
	ctx.fillRect(0, 0, MARGIN, height);
	ctx.fillRect(width - MARGIN, 0, MARGIN, height);
	ctx.setTransform(s, 0, 0, s, MARGIN * s, MARGIN * s);
	drawMarks(ctx, marks, 0, 0);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The chart image could not be encoded.'))),
			'image/png'
		)
	);
}
