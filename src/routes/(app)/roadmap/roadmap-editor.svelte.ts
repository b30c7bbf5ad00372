import { applyMove, type Move } from '$lib/domain/roadmap/moves';
import type { Initiative, Roadmap } from '$lib/domain/roadmap/schema';

interface ApiIssue {
	path: string;
	message: string;
}

/**
 * The initiatives being edited on the roadmap screen: a preview while dragging ("what if"),
 * and every committed change saved at once with the version it was read at.
 */
export class RoadmapEditor {
	#saved: Initiative[] = $state.raw([]);
	#preview: Initiative[] | null = $state.raw(null);
	version = $state(0);
	saving = $state(false);
	error = $state<string | null>(null);
	issues = $state.raw<ApiIssue[]>([]);
	conflict = $state(false);
	status = $state('');

	constructor(
		private readonly quarter: string,
		roadmap: Pick<Roadmap, 'initiatives' | 'version'>
	) {
		this.#saved = roadmap.initiatives;
		this.version = roadmap.version;
	}

	/** What the screen shows: the drag preview when there is one, else the saved plan. */
	get initiatives(): Initiative[] {
		return this.#preview ?? this.#saved;
	}

	/** Shows `move` of `id` without saving (while dragging). */
	preview(id: string, move: Move) {
		this.#preview = applyMove(this.#saved, id, move);
	}

	cancelPreview() {
		this.#preview = null;
	}

	/** Applies `move` of `id` and saves. */
	async move(id: string, move: Move): Promise<boolean> {
		this.#preview = null;
		const next = applyMove(this.#saved, id, move);
		const before = this.#saved.find((i) => i.id === id);
		const after = next.find((i) => i.id === id);
		if (before?.startWeek === after?.startWeek && before?.endWeek === after?.endWeek) return true;
		return this.save(
			next,
			`Moved “${after?.title}” to weeks ${after?.startWeek}–${after?.endWeek}.`
		);
	}

	/** Adds or replaces an initiative and saves. */
	upsert(initiative: Initiative): Promise<boolean> {
		const exists = this.#saved.some((i) => i.id === initiative.id);
		const next = exists
			? this.#saved.map((i) => (i.id === initiative.id ? initiative : i))
			: [...this.#saved, initiative];
		return this.save(next, `Saved “${initiative.title}”.`);
	}

	/** Removes an initiative (and dependencies on it) and saves. */
	remove(id: string): Promise<boolean> {
		const gone = this.#saved.find((i) => i.id === id);
		const next = this.#saved
			.filter((i) => i.id !== id)
			.map((i) => ({ ...i, dependsOn: i.dependsOn.filter((d) => d !== id) }));
		return this.save(next, `Removed “${gone?.title}”.`);
	}

	/** PUTs the plan with the version read; on refusal the saved plan stays as it was. */
	async save(initiatives: Initiative[], done: string): Promise<boolean> {
		this.saving = true;
		this.error = null;
		this.issues = [];
		try {
			const response = await fetch(`/api/v1/roadmaps/${this.quarter}`, {
				method: 'PUT',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ version: this.version, initiatives })
			});
			const body = await response.json();
			if (!response.ok) {
				this.error = body.error?.message ?? `Saving failed (${response.status}).`;
				this.issues = body.error?.issues ?? [];
				this.conflict = response.status === 409;
				return false;
			}
			this.#saved = body.roadmap.initiatives;
			this.version = body.roadmap.version;
			this.status = done;
			return true;
		} catch {
			this.error = 'The server could not be reached; nothing was saved.';
			return false;
		} finally {
			this.saving = false;
		}
	}
}
