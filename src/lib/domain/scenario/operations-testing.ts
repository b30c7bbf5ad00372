import type { OperationError, Outcome } from './operations';
import { audienceSchema, type Design } from './schema';
import { audience, twoTowerDesign } from './testing';

/** The accepted design, or a thrown error naming the refusal. */
export function value<T extends Design>(outcome: Outcome<T>): T {
	if (!outcome.ok) throw new Error(`expected ok, refused: ${JSON.stringify(outcome.error)}`);
	return outcome.value;
}

/** The refusal, or a thrown error when the operation was accepted. */
export function refusal<T extends Design>(outcome: Outcome<T>): OperationError {
	if (outcome.ok) throw new Error('expected the operation to be refused, it was accepted');
	return outcome.error;
}

export const seatOf = (d: Design, id: string) => d.seats.find((s) => s.id === id);
export const audienceOf = (d: Design, id: string) => d.audiences.find((a) => a.id === id);
export const managers = (d: Design) => Object.fromEntries(d.seats.map((s) => [s.id, s.managerId]));

/** The two-tower design plus an unowned audience "smb" (a warning, not an error). */
export function withSmb(): Design {
	const base = twoTowerDesign();
	return { ...base, audiences: [...base.audiences, audienceSchema.parse(audience('smb'))] };
}
