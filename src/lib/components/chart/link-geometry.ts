type Ctx = CanvasRenderingContext2D;

/** Link paths as numbers: per path its points (x, y pairs) and its bounding box. */
export interface Geometry {
	points: number[][];
	boxes: Float64Array;
	curved: boolean;
}

type Drawn = { path: string; points?: number[] };
const geometries = new WeakMap<readonly Drawn[], Geometry>();

/** Points of the layout's lines (parsed from M/H/V/C path data when absent), once per scene. */
export function geometryOf(paths: readonly Drawn[], curved: boolean): Geometry {
	let found = geometries.get(paths);
	if (found) return found;
	const boxes = new Float64Array(paths.length * 4);
	const points = paths.map(({ path: d, points }, i) => {
		const pts: number[] = points ?? [];
		let [x, y] = [0, 0];
		if (!points)
			for (const [, op, args] of d.matchAll(/([MHVC])([^MHVC]*)/g)) {
				const v = args!.split(/[ ,]+/).filter(Boolean).map(Number);
				if (op === 'H') x = v[0]!;
				else if (op === 'V') y = v[0]!;
				else [x, y] = [v[v.length - 2]!, v[v.length - 1]!];
				pts.push(...(op === 'C' ? v : [x, y]));
			}
		let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
		for (let j = 0; j < pts.length; j += 2) {
			[x0, x1] = [Math.min(x0, pts[j]!), Math.max(x1, pts[j]!)];
			[y0, y1] = [Math.min(y0, pts[j + 1]!), Math.max(y1, pts[j + 1]!)];
		}
		boxes.set([x0, y0, x1, y1], i * 4);
		return pts;
	});
	found = { points, boxes, curved };
	geometries.set(paths, found);
	return found;
}

/** Strokes, as one path, those paths whose box meets the view and whose size `fits`. */
export function strokeVisible(
	ctx: Ctx,
	g: Geometry,
	[vx0, vy0, vx1, vy1]: readonly [number, number, number, number],
	fits = (_w: number, _h: number) => true
) {
	ctx.beginPath();
	g.points.forEach((p, i) => {
		const b = g.boxes;
		const [x0, y0, x1, y1] = [b[i * 4]!, b[i * 4 + 1]!, b[i * 4 + 2]!, b[i * 4 + 3]!];
		if (x0 > vx1 || x1 < vx0 || y0 > vy1 || y1 < vy0 || !fits(x1 - x0, y1 - y0)) return;
		ctx.moveTo(p[0]!, p[1]!);
		if (g.curved) ctx.bezierCurveTo(p[2]!, p[3]!, p[4]!, p[5]!, p[6]!, p[7]!);
		else for (let j = 2; j < p.length; j += 2) ctx.lineTo(p[j]!, p[j + 1]!);
	});
	ctx.stroke();
}
