import { pointer } from 'd3';
import type { ChartLayout } from '$lib/domain/scenario/layout';
import type { ChartView } from '$lib/state/chart-view.svelte';
import { hitTest, type Hit } from './hit';
import { neighbour } from './navigation';

/** What the chart's pointer and keyboard handlers act on. */
export interface ChartActions {
	element(): HTMLElement | undefined;
	layout(): ChartLayout;
	readonly(): boolean;
	managerOf(id: string): string | null | undefined;
	select(id: string | null): void;
	move(seatId: string, managerId: string): void;
	toggle(id: string): void;
	/** Brings a seat into view after a keyboard move. */
	reveal(id: string): void;
	zoomBy(factor: number): void;
	fit(): void;
}

/** Pointer travel (px) before a press on a seat becomes a drag. */
const DRAG_START = 5;

/** Click to select or toggle, drag a seat onto another to move it; panning is d3-zoom's. */
export function chartPointer(view: ChartView, act: ChartActions) {
	let press: { id: string; x: number; y: number } | null = null;
	let swallowClick = false;
	const chartPoint = (e: MouseEvent) => view.transform.invert(pointer(e, act.element()));
	const hitAt = (e: MouseEvent): Hit => {
		const [x, y] = chartPoint(e);
		return hitTest(act.layout().nodes, x, y);
	};
	return {
		hitAt,
		/** d3-zoom's filter: wheel always zooms; a press pans unless it starts a seat drag. */
		allowZoom(e: MouseEvent | WheelEvent | TouchEvent): boolean {
			if (e.type === 'wheel') return true;
			if (e.type === 'dblclick' || ('button' in e && e.button !== 0)) return false;
			if (act.readonly() || !('clientX' in e)) return true;
			return hitAt(e)?.part !== 'node';
		},
		pointerdown(e: PointerEvent) {
			swallowClick = false;
			if (e.button !== 0 || act.readonly() || e.pointerType === 'touch') return;
			const hit = hitAt(e);
			press = hit?.part === 'node' ? { id: hit.id, x: e.clientX, y: e.clientY } : null;
		},
		pointermove(e: PointerEvent) {
			if (!press) return;
			if (!view.drag && Math.hypot(e.clientX - press.x, e.clientY - press.y) < DRAG_START) return;
			if (!view.drag) act.element()?.setPointerCapture(e.pointerId);
			const [x, y] = chartPoint(e);
			const hit = hitTest(act.layout().nodes, x, y);
			view.dragTo({ id: press.id, x, y, target: hit && hit.id !== press.id ? hit.id : null });
		},
		pointerup() {
			const drag = view.drag;
			press = null;
			if (!drag) return;
			view.dragTo(null);
			swallowClick = true;
			if (drag.target && drag.target !== act.managerOf(drag.id)) act.move(drag.id, drag.target);
		},
		pointercancel() {
			press = null;
			view.dragTo(null);
		},
		click(e: MouseEvent) {
			if (swallowClick) return void (swallowClick = false);
			const listed = (e.target as Element).closest?.('[data-outline] [data-seat-id]');
			const id = listed?.getAttribute('data-seat-id');
			const hit: Hit = id ? { id, part: 'node' } : hitAt(e);
			if (!hit) act.select(null);
			else if (hit.part === 'toggle') act.toggle(hit.id);
			else act.select(hit.id);
		}
	};
}

/** Arrows move the selection through the tree; Enter/Space select; C collapses; +, −, 0 zoom. */
export function chartKeys(view: ChartView, act: ChartActions) {
	return (e: KeyboardEvent) => {
		if (e.ctrlKey || e.metaKey || e.altKey) return;
		const { key } = e;
		if (key.startsWith('Arrow') || key === 'Home') {
			const next = neighbour(act.layout(), view.active, key);
			if (next) {
				act.select(next);
				act.reveal(next);
			}
		} else if (key === 'Enter' || key === ' ') {
			const id = view.active ?? neighbour(act.layout(), null, 'Home');
			if (id) act.select(id);
		} else if (key === 'Escape') act.select(null);
		else if (key === 'c' || key === 'C') {
			if (view.active) act.toggle(view.active);
		} else if (key === '+' || key === '=') act.zoomBy(1.25);
		else if (key === '-' || key === '_') act.zoomBy(0.8);
		else if (key === '0') act.fit();
		else return;
		e.preventDefault();
	};
}
