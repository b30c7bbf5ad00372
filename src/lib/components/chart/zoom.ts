import {
	select,
	zoom,
	zoomIdentity,
	type D3ZoomEvent,
	type ZoomBehavior,
	type ZoomTransform
} from 'd3';

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

const PAD = 32;
const MAX_SCALE = 3;
/** Zoom at which card text is comfortable; centring on a seat zooms in at least this far. */
export const READABLE_SCALE = 0.9;

const instant = () =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** d3-zoom on the chart's viewport: the only code that moves the view (px, scale k). */
export class ChartZoom {
	#el: HTMLElement;
	#behavior: ZoomBehavior<HTMLElement, unknown>;

	constructor(
		el: HTMLElement,
		onzoom: (transform: ZoomTransform) => void,
		filter: (event: MouseEvent | WheelEvent | TouchEvent) => boolean
	) {
		this.#el = el;
		this.#behavior = zoom<HTMLElement, unknown>()
			.scaleExtent([0.05, MAX_SCALE])
			.filter(filter)
			.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => onzoom(event.transform));
		select(el).call(this.#behavior).on('dblclick.zoom', null);
	}

	destroy() {
		select(this.#el).interrupt().on('.zoom', null);
	}

	#go(transform: ZoomTransform, animate: boolean) {
		const el = select(this.#el).interrupt();
		if (animate && !instant())
			el.transition().duration(300).call(this.#behavior.transform, transform);
		else el.call(this.#behavior.transform, transform);
	}

	/** The scale at which `bounds` (chart units) fills the viewport, never above 100 %. */
	scaleFor(bounds: Rect): number {
		const [w, h] = [this.#el.clientWidth, this.#el.clientHeight];
		if (!w || !h || !bounds.width) return 1;
		return Math.min((w - 2 * PAD) / bounds.width, (h - 2 * PAD) / (bounds.height + 12), 1);
	}

	/** Shows the whole of `bounds` (chart units), never above 100 %. */
	fit(bounds: Rect, animate = false) {
		const [w, h] = [this.#el.clientWidth, this.#el.clientHeight];
		if (!w || !h || !bounds.width) return;
		const k = this.scaleFor(bounds);
		this.#behavior.scaleExtent([Math.min(0.1, k / 2), MAX_SCALE]);
		const x = w / 2 - (bounds.x + bounds.width / 2) * k;
		const y = h / 2 - (bounds.y + bounds.height / 2) * k;
		this.#go(zoomIdentity.translate(x, y).scale(k), animate);
	}

	/** Puts the centre of `rect` in the middle, zooming in to a readable scale if needed. */
	centerOn(rect: Rect, current: ZoomTransform, animate = true) {
		const [w, h] = [this.#el.clientWidth, this.#el.clientHeight];
		const k = Math.max(current.k, READABLE_SCALE);
		const x = w / 2 - (rect.x + rect.width / 2) * k;
		const y = h / 2 - (rect.y + rect.height / 2) * k;
		this.#go(zoomIdentity.translate(x, y).scale(k), animate);
	}

	/** Pans just enough to bring `rect` into view (keyboard moves). */
	reveal(rect: Rect, current: ZoomTransform) {
		const [w, h] = [this.#el.clientWidth, this.#el.clientHeight];
		const [x0, y0] = current.apply([rect.x, rect.y]);
		const [x1, y1] = current.apply([rect.x + rect.width, rect.y + rect.height]);
		if (x0 >= 0 && y0 >= 0 && x1 <= w && y1 <= h) return;
		this.centerOn(rect, current);
	}

	zoomBy(factor: number) {
		const el = select(this.#el).interrupt();
		if (instant()) el.call(this.#behavior.scaleBy, factor);
		else el.transition().duration(200).call(this.#behavior.scaleBy, factor);
	}
}
