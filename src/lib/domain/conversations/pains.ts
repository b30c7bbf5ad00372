import type { Conversation } from './schema';
import type { CalendarDate } from './weeks';

/** The fields the pain map reads from a conversation. */
export type MappedConversation = Pick<
	Conversation,
	'id' | 'date' | 'audienceId' | 'company' | 'pains' | 'product' | 'quote' | 'deletedAt'
>;

export interface PainQuote {
	conversationId: string;
	quote: string;
	company: string;
	date: CalendarDate;
}

export interface PainProduct {
	/** null: conversations where no product was mapped ("not mapped"). */
	product: string | null;
	/** Conversations that heard the pain and mapped this product. */
	count: number;
	/** The quotes behind the cell, newest first. */
	quotes: PainQuote[];
}

export interface PainRow {
	pain: string;
	/** Conversations that heard the pain. */
	count: number;
	products: PainProduct[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Which pains come up, how often, and which products answer them, with the quotes behind each
 * cell. Rows and products are sorted by count (descending), then name; "not mapped" comes last
 * among equal counts. Deleted conversations are ignored; pass `audienceId` to keep one audience.
 */
export function painMap(
	conversations: Iterable<MappedConversation>,
	{ audienceId }: { audienceId?: string } = {}
): PainRow[] {
	const rows = new Map<string, Map<string | null, PainProduct>>();
	for (const conversation of conversations) {
		if (conversation.deletedAt !== null) continue;
		if (audienceId !== undefined && conversation.audienceId !== audienceId) continue;
		const product = conversation.product ?? null;
		for (const pain of new Set(conversation.pains)) {
			const products = rows.get(pain) ?? new Map<string | null, PainProduct>();
			rows.set(pain, products);
			const cell = products.get(product) ?? { product, count: 0, quotes: [] };
			products.set(product, cell);
			cell.count += 1;
			if (conversation.quote) {
				const { id: conversationId, quote, company, date } = conversation;
				cell.quotes.push({ conversationId, quote, company, date });
			}
		}
	}
	return [...rows]
		.map(([pain, products]): PainRow => {
			const cells = [...products.values()].sort(byCount);
			for (const cell of cells) cell.quotes.sort(newestFirst);
			return { pain, count: cells.reduce((sum, cell) => sum + cell.count, 0), products: cells };
		})
		.sort((a, b) => b.count - a.count || byName(a.pain, b.pain));
}

function byCount(a: PainProduct, b: PainProduct): number {
	if (a.count !== b.count) return b.count - a.count;
	if (a.product === null || b.product === null) return a.product === null ? 1 : -1;
	return byName(a.product, b.product);
}

function newestFirst(a: PainQuote, b: PainQuote): number {
	return byText(b.date, a.date) || byText(a.conversationId, b.conversationId);
}

/** The pains a form field lists, comma-separated, trimmed, empty ones dropped. */
export const splitPains = (text: string) =>
	text
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '');
