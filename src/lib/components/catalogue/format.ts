import { meanHours, type Effort } from '$lib/domain/catalogue/effort';
import type { Activity } from '$lib/domain/catalogue/schema';

export { effortFields } from '$lib/domain/catalogue/effort-fields';

export const effortKindLabels: Record<Effort['kind'], string> = {
	fixed: 'Fixed',
	exponential: 'Exponential (mean)',
	lognormal: 'Lognormal (median and p90)',
	triangular: 'Triangular (min, most likely, max)'
};

/** Fields a workspace can override that the table shows, and the cells that show them. */
export type ShownField = 'name' | 'scope' | 'craft' | 'unit' | 'effortHours' | 'aiShare';

/** Hours with a no-break space, so "8 h" never splits across lines. */
const hours = (h: number) => `${Math.round(h * 10) / 10}\u00a0h`;

/** An effort distribution in words, e.g. "median 3.8 h, p90 8 h". */
export function effortSummary(effort: Effort): string {
	switch (effort.kind) {
		case 'fixed':
			return `${hours(effort.hours)} each`;
		case 'exponential':
			return `mean ${hours(effort.meanHours)}, exponential`;
		case 'lognormal':
			return `median ${hours(effort.medianHours)}, p90 ${hours(effort.p90Hours)}`;
		case 'triangular':
			return `${hours(effort.minHours)} to ${hours(effort.maxHours)}, most often ${hours(effort.modeHours)}`;
	}
}

/** Mean hours per unit to one decimal. */
export const meanLabel = (effort: Effort) => (Math.round(meanHours(effort) * 10) / 10).toFixed(1);

/** A share in [0, 1] as a whole or one-decimal percentage. */
export const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

const acronyms: Record<string, string> = { seo: 'SEO', ai: 'AI', crm: 'CRM' };

/** A craft slug for people: "product-marketing" → "Product marketing", "seo" → "SEO". */
export function craftLabel(craft: string): string {
	const words = craft.split('-').map((w) => acronyms[w] ?? w);
	const first = words[0] ?? '';
	return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}

export const scopeLabels: Record<Activity['scope'], string> = {
	audience: 'Per audience',
	'cross-audience': 'Cross-audience'
};

/** What an edit of one activity came back with: done, or refused with field errors. */
export interface EditOutcome {
	done?: 'saved' | 'reset';
	message?: string;
	issues?: Record<string, string>;
	values?: Record<string, string>;
}
