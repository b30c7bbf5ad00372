import type { CadenceStatus } from '$lib/domain/conversations/counts';
import type { Conversation } from '$lib/domain/conversations/schema';

export const statusLabels: Record<CadenceStatus, string> = {
	met: 'Met',
	'at-risk': 'At risk',
	missed: 'Missed'
};

/** A sentence on this week's standing, e.g. "1 of 1 this week: met". */
export function thisWeekText(week: { count: number; target: number; status: CadenceStatus }) {
	return `${week.count} of ${week.target} this week: ${statusLabels[week.status].toLowerCase()}`;
}

export const plural = (count: number, one: string, many = `${one}s`) =>
	`${count} ${count === 1 ? one : many}`;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

const utc = (date: string) => {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y!, m! - 1, d!));
};

/** "16 Nov" for a calendar date, the same in every time zone and locale. */
export function shortDay(date: string): string {
	const day = utc(date);
	return `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`;
}

/** "Mon 16 Nov 2026" for a calendar date. */
export function dayLabel(date: string): string {
	const day = utc(date);
	return `${DAYS[day.getUTCDay()]} ${shortDay(date)} ${day.getUTCFullYear()}`;
}

/** The form fields of a conversation, as the log/edit form sends them. */
export function formValuesOf(c: Conversation): Record<string, string> {
	return {
		date: c.date,
		audienceId: c.audienceId,
		company: c.company,
		contactRole: c.contactRole,
		type: c.type,
		pains: c.pains.join(', '),
		product: c.product ?? '',
		quote: c.quote ?? '',
		link: c.link ?? '',
		notes: c.notes ?? ''
	};
}

/** Splits the comma-separated pains field; blank entries are dropped. */
export { splitPains } from '$lib/domain/conversations/pains';

export interface AudienceOption {
	id: string;
	name: string;
}

/** What the log form suggests: the member's recent companies, pains and products. */
export interface Suggestions {
	companies: string[];
	pains: string[];
	products: string[];
}
