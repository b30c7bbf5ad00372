import { drawScene } from './draw';
import { drawMarks } from './draw-marks';
import { legendMarks } from './legend-marks';
import { cardMarks, type Mark } from './marks';
import { ink } from './palette';
import type { Scene } from './scene';
import { cssFont } from './text';

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

function frame(scene: Scene) {
	const { bounds } = scene;
	const width = Math.max(bounds.width + 2 * MARGIN, 480);
	const legend = legendMarks(
		scene.kinds,
		{ open: scene.hasOpen, dotted: scene.dotted.length > 0 },
		width - 2 * MARGIN
	);
	const top = MARGIN + legend.height + (legend.height ? 16 : 0);
	const height = top + bounds.height + MARGIN;
	return { width, height, legend, dx: MARGIN - bounds.x, dy: top - bounds.y };
}

/** A standalone SVG document of the whole chart (as collapsed now), styles inline, with legend. */
export function sceneToSvg(scene: Scene, title: string): string {
	const { width, height, legend, dx, dy } = frame(scene);
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${n1(width)}" height="${n1(height)}" viewBox="0 0 ${n1(width)} ${n1(height)}">`,
		`<title>${escape(title)}</title>`,
		`<rect width="100%" height="100%" fill="${ink.background}"/>`,
		`<g transform="translate(${MARGIN},${MARGIN})">${legend.marks.map(markSvg).join('')}</g>`,
		`<g transform="translate(${n1(dx)},${n1(dy)})">`,
		`<g fill="none" stroke="${ink.link}" stroke-width="1.25">`,
		...scene.links.map((l) => `<path d="${l.path}"/>`),
		`</g><g fill="none" stroke="${ink.dotted}" stroke-width="1.5" stroke-dasharray="4 4" opacity="0.75">`,
		...scene.dotted.map(
			(l) => `<path d="${l.path}"><title>${escape(l.label || 'Dotted line')}</title></path>`
		),
		'</g>'
	];
	for (const n of scene.nodes) {
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

/** The whole chart drawn on an offscreen canvas at `scale` (reduced to fit canvas limits). */
export async function sceneToPng(scene: Scene, scale = 2): Promise<Blob> {
	const { width, height, legend, dx, dy } = frame(scene);
	const fit = Math.min(MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
	const s = Math.min(scale, fit);
	const canvas = document.createElement('canvas');
	canvas.width = Math.max(1, Math.floor(width * s));
	canvas.height = Math.max(1, Math.floor(height * s));
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw the chart to an image.');
	drawScene(
		ctx,
		scene,
		{ x: dx, y: dy, k: 1, width, height },
		{ dpr: s, detail: 'full', cull: false }
	);
	ctx.setTransform(s, 0, 0, s, MARGIN * s, MARGIN * s);
	drawMarks(ctx, legend.marks, 0, 0);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('The chart image could not be encoded.'))),
			'image/png'
		)
	);
}
