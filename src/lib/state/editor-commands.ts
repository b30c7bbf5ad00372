import { addAudience, editAudience, freeId, removeAudience } from '$lib/domain/scenario/audiences';
import {
	addDottedLine,
	labelDottedLine,
	removeDottedLine,
	type DottedEnds
} from '$lib/domain/scenario/dotted-lines';
import {
	addSeat,
	assignAudience,
	editSeat,
	moveSeat,
	removeSeat
} from '$lib/domain/scenario/operations';
import type { Design, SeatInput } from '$lib/domain/scenario/schema';

export type Outcome = ReturnType<typeof editSeat<Design>>;

/** The editor's verbs: each turns the current design into an outcome for `commit`. */
export function editorCommands(current: () => Design) {
	return {
		rename: (name: string): Outcome =>
			name.trim()
				? { ok: true, value: { ...current(), name: name.trim().slice(0, 120) } }
				: {
						ok: false,
						error: { rule: 'invalid-seat', path: ['name'], message: 'The scenario needs a name.' }
					},
		edit: (seatId: string, patch: Partial<SeatInput>) => editSeat(current(), seatId, patch),
		move: (seatId: string, managerId: string) => moveSeat(current(), seatId, managerId),
		remove: (seatId: string) => removeSeat(current(), seatId),
		/** A new open specialist seat under `managerId`, selected once added. */
		addReport: (managerId: string): [Outcome, string] => {
			const id = freeId(
				current().seats.map((s) => s.id),
				'new-seat'
			);
			return [
				addSeat(current(), { id, title: 'New seat', kind: 'specialist', managerId, open: true }),
				id
			];
		},
		addAudience: (name: string) => addAudience(current(), { name }),
		renameAudience: (id: string, name: string) => editAudience(current(), id, { name }),
		removeAudience: (id: string) => removeAudience(current(), id),
		assign: (audienceId: string, seatId: string | null) =>
			assignAudience(current(), audienceId, seatId),
		addDotted: (ends: DottedEnds, label: string) => addDottedLine(current(), { ...ends, label }),
		labelDotted: (ends: DottedEnds, label: string) => labelDottedLine(current(), ends, label),
		removeDotted: (ends: DottedEnds) => removeDottedLine(current(), ends)
	};
}
