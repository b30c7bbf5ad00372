import Papa from 'papaparse';
import { conversationTypeLabels } from '$lib/domain/conversations/schema';
import { isoWeekOf } from '$lib/domain/conversations/weeks';
import { errorResponse } from '$lib/server/api';
import { requireRole } from '$lib/server/auth/guard';
import { listQuerySchema, parseQuery } from '$lib/server/conversations-api';
import * as conversations from '$lib/server/store/conversations';
import type { RequestHandler } from './$types';

/**
 * The team's conversations as CSV (admins and leaders), with the list API's filters. Cells that
 * a spreadsheet would read as a formula are escaped.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	try {
		const user = requireRole(locals, 'admin', 'leader');
		const filter = parseQuery(listQuerySchema, url);
		const view = await conversations.view(user, { ...filter, deleted: 'exclude' });
		const found = view.conversations;
		const names = new Map(view.members.map((m) => [m.id, m.name]));
		const audiences = new Map((view.scenario?.audiences ?? []).map((a) => [a.id, a.name]));
		const csv = Papa.unparse(
			found.map((c) => ({
				date: c.date,
				week: isoWeekOf(c.date),
				marketer: names.get(c.marketerId) ?? 'Former member',
				audience_id: c.audienceId,
				audience: audiences.get(c.audienceId) ?? '',
				company: c.company,
				contact_role: c.contactRole,
				type: conversationTypeLabels[c.type],
				pains: c.pains.join('; '),
				product: c.product ?? '',
				quote: c.quote ?? '',
				link: c.link ?? '',
				notes: c.notes ?? ''
			})),
			{
				escapeFormulae: true,
				columns: [
					'date',
					'week',
					'marketer',
					'audience_id',
					'audience',
					'company',
					'contact_role',
					'type',
					'pains',
					'product',
					'quote',
					'link',
					'notes'
				]
			}
		);
		return new Response(csv, {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="conversations-${new Date().toISOString().slice(0, 10)}.csv"`
			}
		});
	} catch (err) {
		return errorResponse(err);
	}
};
