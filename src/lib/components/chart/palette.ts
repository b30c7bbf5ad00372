import type { SeatKind } from '$lib/domain/scenario/schema';

/** Highlights a parent can put on seats (compare, diff, search results). */
export type Highlight = 'added' | 'removed' | 'moved' | 'changed' | 'match';
/** A GTM marketer's weekly customer-conversation cadence. */
export type Cadence = 'met' | 'at-risk' | 'missed';

/** One colour per seat kind, distinct in hue and dark enough for white text (WCAG AA). */
export const kindColors: Record<SeatKind, string> = {
	cmo: '#1d3f8f',
	'head-of-gtm': '#2f5bd3',
	'gtm-marketer': '#1c7c45',
	'craft-custodian': '#7442d6',
	'functional-lead': '#b4540a',
	specialist: '#0b7885',
	coordinator: '#a8336f',
	fractional: '#8a6a00',
	agency: '#5f6673'
};

export const highlightColors: Record<Highlight, string> = {
	added: '#1c7c45',
	removed: '#b3261e',
	moved: '#b4540a',
	changed: '#2f5bd3',
	match: '#e09a00'
};

export const highlightLabels: Record<Highlight, string> = {
	added: 'Added',
	removed: 'Removed',
	moved: 'Moved',
	changed: 'Changed',
	match: 'Match'
};

export const cadenceColors: Record<Cadence, string> = {
	met: '#1c9c52',
	'at-risk': '#e09a00',
	missed: '#c62828'
};

/** The word a cadence badge shows beside its coloured dot, so colour is never the only cue. */
export const cadenceWords: Record<Cadence, string> = {
	met: 'met',
	'at-risk': 'at risk',
	missed: 'missed'
};

export const cadenceLabels: Record<Cadence, string> = {
	met: 'cadence met',
	'at-risk': 'cadence at risk',
	missed: 'cadence missed'
};

/** Colours of the chart furniture. */
export const ink = {
	text: '#1b1f27',
	soft: '#4d5565',
	card: '#ffffff',
	openCard: '#f7f8fb',
	border: '#cdd3dd',
	openBorder: '#6b7385',
	link: '#a3acbb',
	/** Shading behind a stacked team, so its seats read as one manager's reports. */
	group: '#edf1f8',
	groupBorder: '#d9e0ec',
	dotted: '#7442d6',
	accent: '#2f5bd3',
	selected: '#2f5bd3',
	search: '#e09a00',
	drop: '#1c7c45',
	greek: '#d5dae3',
	background: '#ffffff'
};

export const FONT_FAMILY = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";
