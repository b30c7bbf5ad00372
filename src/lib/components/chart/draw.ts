import { drawMarks } from './draw-marks';
import { geometryOf, strokeVisible } from './link-geometry';
import { cardMarks } from './marks';
import { highlightColors, ink } from './palette';
import type { Scene, SceneNode } from './scene';

/** What is on screen: the zoom transform (px, scale k) and the viewport size in CSS px. */
export interface View {
	x: number;
	y: number;
	k: number;
	width: number;
	height: number;
}

/** Level of detail: coloured tiles, blank cards with text bars, or full cards with text. */
export type Detail = 'tiles' | 'cards' | 'full';

export const detailAt = (k: number): Detail => (k < 0.22 ? 'tiles' : k < 0.5 ? 'cards' : 'full');

type Ctx = CanvasRenderingContext2D;

/** One path per colour: many rectangles filled in a single call. */
function fillRects(ctx: Ctx, groups: Map<string, SceneNode[]>) {
	for (const [color, nodes] of groups) {
		ctx.beginPath();
		for (const n of nodes) ctx.rect(n.x, n.y, n.width, n.height);
		ctx.fillStyle = color;
		ctx.fill();
	}
}

function groupBy(nodes: SceneNode[], key: (n: SceneNode) => string | undefined) {
	const groups = new Map<string, SceneNode[]>();
	for (const n of nodes) {
		const k = key(n);
		if (k === undefined) continue;
		const list = groups.get(k);
		if (list) list.push(n);
		else groups.set(k, [n]);
	}
	return groups;
}

function drawTiles(ctx: Ctx, nodes: SceneNode[], k: number) {
	ctx.lineWidth = 3 / k;
	for (const [color, list] of groupBy(nodes, (n) => n.highlight && highlightColors[n.highlight])) {
		ctx.beginPath();
		for (const n of list) ctx.rect(n.x - 6, n.y - 6, n.width + 12, n.height + 12);
		ctx.strokeStyle = color;
		ctx.stroke();
	}
	fillRects(
		ctx,
		groupBy(nodes, (n) => (n.seat.open ? undefined : n.color))
	);
	ctx.globalAlpha = 0.35;
	fillRects(
		ctx,
		groupBy(nodes, (n) => (n.seat.open ? n.color : undefined))
	);
	ctx.globalAlpha = 1;
}

function drawCards(ctx: Ctx, nodes: SceneNode[], k: number) {
	drawTiles(
		ctx,
		nodes.filter((n) => n.highlight),
		k
	);
	fillRects(ctx, new Map([[ink.card, nodes]]));
	ctx.beginPath();
	for (const n of nodes) ctx.rect(n.x, n.y, n.width, n.height);
	ctx.strokeStyle = ink.border;
	ctx.lineWidth = 1 / k;
	ctx.stroke();
	ctx.beginPath();
	for (const n of nodes) if (n.seat.open) ctx.rect(n.x, n.y, n.width, n.height);
	ctx.strokeStyle = ink.openBorder;
	ctx.lineWidth = 1.5;
	ctx.setLineDash([5, 4]);
	ctx.stroke();
	ctx.setLineDash([]);
	for (const [color, list] of groupBy(nodes, (n) => n.color)) {
		ctx.beginPath();
		for (const n of list) ctx.rect(n.x + 5, n.y + 8, 4, n.height - 16);
		ctx.fillStyle = color;
		ctx.fill();
	}
	ctx.beginPath();
	for (const n of nodes) {
		ctx.rect(n.x + 16, n.y + 14, Math.min(n.seat.title.length * 6.5, n.width - 30), 10);
		ctx.rect(n.x + 16, n.y + 32, Math.min((n.seat.personName ?? 'Open seat').length * 6, 120), 8);
	}
	ctx.fillStyle = ink.greek;
	ctx.fill();
	ctx.beginPath();
	for (const n of nodes)
		if (n.collapsed) ctx.rect(n.x + n.width / 2 - 14, n.y + n.height - 8, 28, 16);
	ctx.fillStyle = ink.accent;
	ctx.fill();
}

export interface DrawOptions {
	/** Device pixels per CSS px (or the export scale). */
	dpr?: number;
	detail?: Detail;
	/** Skip cards outside the view (off for exports, which draw everything). */
	cull?: boolean;
}

/** Draws links, dotted lines and cards for `view`, culled to the viewport. */
export function drawScene(ctx: Ctx, scene: Scene, view: View, options: DrawOptions = {}) {
	const { dpr = 1, detail = detailAt(view.k), cull = true } = options;
	const { x, y, k } = view;
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.fillStyle = ink.background;
	ctx.fillRect(0, 0, view.width, view.height);
	ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
	const [x0, y0] = [-x / k - 20, -y / k - 20];
	const [x1, y1] = [(view.width - x) / k + 20, (view.height - y) / k + 20];
	const visible = cull
		? scene.nodes.filter((n) => n.x < x1 && n.x + n.width > x0 && n.y < y1 && n.y + n.height > y0)
		: scene.nodes;
	const view4 = [x0, y0, x1, y1] as const;
	if (scene.groups.length > 0) {
		ctx.beginPath();
		for (const g of scene.groups)
			if (g.x < x1 && g.x + g.width > x0 && g.y < y1 && g.y + g.height > y0)
				ctx.roundRect(g.x, g.y, g.width, g.height, 10);
		ctx.fillStyle = ink.group;
		ctx.fill();
		ctx.strokeStyle = ink.groupBorder;
		ctx.lineWidth = Math.min(1, 1 / k);
		ctx.stroke();
	}
	// Strokes of one screen pixel or less take Skia's fast hairline path.
	ctx.strokeStyle = ink.link;
	ctx.lineWidth = Math.min(1.25, 1 / k);
	strokeVisible(ctx, geometryOf(scene.links, false), view4);
	if (scene.dotted.length > 0) {
		const dotted = geometryOf(scene.dotted, true);
		ctx.strokeStyle = ink.dotted;
		ctx.lineWidth = Math.min(1.5, 1 / k);
		ctx.globalAlpha = 0.4;
		// Dashes cost per dash along the whole curve: long curves are drawn solid.
		const reach = 3 * (x1 - x0 + y1 - y0);
		const dash = detail !== 'tiles';
		strokeVisible(ctx, dotted, view4, (w, h) => !dash || w + h > reach);
		ctx.setLineDash([4, 4]);
		if (dash) strokeVisible(ctx, dotted, view4, (w, h) => w + h <= reach);
		ctx.globalAlpha = 1;
		ctx.setLineDash([]);
	}
	if (detail === 'tiles') drawTiles(ctx, visible, k);
	else if (detail === 'cards') drawCards(ctx, visible, k);
	else
		for (const n of visible) {
			ctx.globalAlpha = n.highlight === 'removed' ? 0.55 : 1;
			drawMarks(ctx, cardMarks(n), n.x, n.y);
		}
	ctx.globalAlpha = 1;
}
