import { zoomIdentity, type ZoomTransform } from 'd3';
import { SvelteSet } from 'svelte/reactivity';

/** A seat being dragged: the pointer in chart units and the seat it would drop onto. */
export interface SeatDrag {
	id: string;
	x: number;
	y: number;
	target: string | null;
}

/**
 * What one org chart shows besides its data: collapsed seats, the zoom transform, the keyboard
 * cursor, the search, a drag in progress and the last announcement for screen readers.
 */
export class ChartView {
	#collapsed = new SvelteSet<string>();
	#transform = $state.raw<ZoomTransform>(zoomIdentity);
	#drag = $state.raw<SeatDrag | null>(null);
	#announcement = $state('');
	/** The seat the arrow keys move from (follows the selection). */
	active = $state<string | null>(null);
	query = $state('');
	/** Which search match is shown, counting from 0. */
	matchIndex = $state(0);
	/** Why some levels are collapsed after a fit (empty when everything shows). */
	fitNote = $state('');
	/** Stack every team (true) after a readable fit needed it; 'auto' otherwise. */
	compact = $state<true | 'auto'>('auto');

	get collapsed(): ReadonlySet<string> {
		return this.#collapsed;
	}
	get transform() {
		return this.#transform;
	}
	get drag() {
		return this.#drag;
	}
	get announcement() {
		return this.#announcement;
	}

	/** Collapses an expanded seat or expands a collapsed one. */
	toggle(id: string) {
		if (!this.#collapsed.delete(id)) this.#collapsed.add(id);
	}

	expandAll() {
		this.#collapsed.clear();
		this.fitNote = '';
		this.compact = 'auto';
	}

	/** Collapses exactly `ids`, expanding every other seat. */
	collapseOnly(ids: Iterable<string>) {
		this.#collapsed.clear();
		for (const id of ids) this.#collapsed.add(id);
	}

	/** Expands every collapsed manager above `id` so that it shows. */
	reveal(id: string, managerOf: (id: string) => string | null | undefined) {
		let up = managerOf(id);
		for (let steps = 0; up && steps < 100_000; steps++, up = managerOf(up))
			if (this.#collapsed.has(up)) this.#collapsed.delete(up);
	}

	pan(transform: ZoomTransform) {
		this.#transform = transform;
	}

	dragTo(drag: SeatDrag | null) {
		this.#drag = drag;
	}

	/** Says `text` through the live region (repeated texts are still read out). */
	announce(text: string) {
		this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
	}
}
