import { diffDesigns } from './diff';
import type { Design } from './schema';

/** Why a version was written: an edit of the design, or an act on the scenario itself. */
export type RevisionAction = 'saved' | 'published' | 'unpublished' | 'shared' | 'restored';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const acts: Record<Exclude<RevisionAction, 'saved'>, string> = {
	published: 'Published as current',
	unpublished: 'No longer current (another scenario was published)',
	shared: 'Shared with the workspace',
	restored: 'Restored an earlier version'
};

/** What changed in the design between two versions, as phrases such as "2 seats added". */
export function designChanges(before: Design, after: Design): string[] {
	const d = diffDesigns(before, after);
	const changes: string[] = [];
	if (before.name !== after.name) changes.push(`renamed to “${after.name}”`);
	if (d.added.length) changes.push(`${plural(d.added.length, 'seat')} added`);
	if (d.removed.length) changes.push(`${plural(d.removed.length, 'seat')} removed`);
	if (d.moved.length) changes.push(`${plural(d.moved.length, 'seat')} moved`);
	if (d.kindChanged.length) changes.push(`${plural(d.kindChanged.length, 'seat')} changed kind`);
	const owners = d.ownershipGained.length + d.ownershipLost.length;
	if (owners) changes.push(`${plural(owners, 'audience owner')} changed`);
	const dotted = (x: Design) =>
		new Map(x.dottedLines.map((l) => [`${l.fromSeatId}>${l.toSeatId}`, l.label]));
	const [was, now] = [dotted(before), dotted(after)];
	const lines = new Set([...was.keys(), ...now.keys()]);
	const dottedChanged = [...lines].filter((k) => was.get(k) !== now.get(k)).length;
	if (dottedChanged) changes.push(`${plural(dottedChanged, 'dotted line')} changed`);
	if (JSON.stringify(before.profile) !== JSON.stringify(after.profile))
		changes.push(after.profile ? 'company profile set' : 'company profile cleared');
	if (changes.length === 0 && JSON.stringify(before) !== JSON.stringify(after))
		changes.push('seat details edited');
	return changes;
}

/**
 * A one-line summary of one version: the act that wrote it (publish, share, restore) and what
 * changed in the design since `before` (the previous kept version, or null for the first one).
 */
export function revisionSummary(
	action: RevisionAction,
	before: Design | null,
	after: Design
): string {
	if (before === null && action === 'saved')
		return `Created with ${plural(after.seats.length, 'seat')}`;
	const changes = before === null ? [] : designChanges(before, after);
	const text = changes.join(', ');
	if (action === 'saved')
		return text ? text[0]!.toUpperCase() + text.slice(1) : 'Saved without changes';
	return text ? `${acts[action]}: ${text}` : acts[action];
}
