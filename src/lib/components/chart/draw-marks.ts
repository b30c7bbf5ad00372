import type { Mark } from './marks';
import { cssFont } from './text';

/** Draws the chart marks of one card at (ox, oy) in the current transform. */
export function drawMarks(ctx: CanvasRenderingContext2D, marks: Mark[], ox: number, oy: number) {
	for (const m of marks) {
		ctx.beginPath();
		if (m.type === 'text') {
			ctx.font = cssFont(m.style);
			ctx.textAlign = m.anchor === 'middle' ? 'center' : m.anchor === 'end' ? 'right' : 'left';
			ctx.fillStyle = m.fill;
			ctx.fillText(m.text, ox + m.x, oy + m.y);
			continue;
		}
		if (m.type === 'rect') ctx.roundRect(ox + m.x, oy + m.y, m.width, m.height, m.r);
		else if (m.type === 'circle') ctx.arc(ox + m.cx, oy + m.cy, m.r, 0, 2 * Math.PI);
		else {
			ctx.moveTo(ox + m.x1, oy + m.y1);
			ctx.lineTo(ox + m.x2, oy + m.y2);
		}
		const fill = m.type === 'line' ? undefined : m.fill;
		if (fill) {
			ctx.fillStyle = fill;
			ctx.fill();
		}
		if (m.stroke) {
			ctx.strokeStyle = m.stroke;
			ctx.lineWidth = m.type === 'circle' ? 1 : (m.strokeWidth ?? 1);
			ctx.setLineDash(m.type === 'circle' ? [] : (m.dash ?? []));
			ctx.stroke();
			ctx.setLineDash([]);
		}
	}
}
