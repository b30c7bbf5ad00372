import type { Scene } from './scene';

/** What the live region says when a seat is selected, or null when it is not on the chart. */
export function selectionText(scene: Scene, id: string): string | null {
	const node = scene.byId.get(id);
	if (!node) return null;
	const manager = node.seat.managerId ? scene.byId.get(node.seat.managerId) : undefined;
	const up = manager ? `, reports to ${manager.seat.title}` : '';
	const reports = node.reportCount === 1 ? '1 direct report' : `${node.reportCount} direct reports`;
	return `Selected ${node.label}${up}, ${reports}`;
}

/** What the live region says after a seat was collapsed or expanded. */
export function toggleText(scene: Scene, id: string): string {
	const node = scene.byId.get(id);
	const title = node?.seat.title ?? id;
	return node?.collapsed
		? `${title} collapsed, ${node.hiddenCount} seats hidden`
		: `${title} expanded`;
}
