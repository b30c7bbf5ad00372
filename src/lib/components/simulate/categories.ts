import type { HoursSplit } from '$lib/domain/simulation/report';

export type Category = keyof HoursSplit | 'outside';

/**
 * How each category of hours is drawn: a colour (Okabe–Ito, safe for colour-blind readers) and
 * a texture, so the two kinds of tax (hand-off, rework) read apart without colour.
 */
export const categoryStyles: Record<
	Category,
	{ label: string; colour: string; texture: 'solid' | 'hatch' | 'cross' | 'dots'; ink: string }
> = {
	craft: { label: 'Craft work', colour: '#0072b2', texture: 'solid', ink: '#fff' },
	handoff: { label: 'Hand-off', colour: '#e69f00', texture: 'hatch', ink: '#1b1f27' },
	review: { label: 'Review', colour: '#cc79a7', texture: 'solid', ink: '#1b1f27' },
	rework: { label: 'Rework', colour: '#d55e00', texture: 'cross', ink: '#fff' },
	idle: { label: 'Idle (planned, no work)', colour: '#dfe3ea', texture: 'solid', ink: '#1b1f27' },
	outside: { label: 'Outside planned work', colour: '#a7afbd', texture: 'dots', ink: '#1b1f27' }
};

export const plannedCategories: Category[] = ['craft', 'handoff', 'review', 'rework', 'idle'];
export const weekCategories: Category[] = [...plannedCategories, 'outside'];

/** The fill of a category inside an SVG whose patterns carry the id prefix `prefix`. */
export const fillOf = (category: Category, prefix: string) =>
	categoryStyles[category].texture === 'solid'
		? categoryStyles[category].colour
		: `url(#${prefix}-${category})`;
