import { z } from 'zod';
import { cadence, type Cadence } from '$lib/domain/conversations/cadence';
import type { Conversation } from '$lib/domain/conversations/schema';
import { addIsoWeeks, calendarDateOf, isoWeekOf, weekStart } from '$lib/domain/conversations/weeks';
import { idSchema } from '$lib/domain/scenario/schema';
import type { ConversationsView } from '$lib/server/store/conversations';

export const WEEK_CHOICES = [4, 8, 13, 26, 52] as const;

/** The team view's filters; anything unreadable falls back to its default. */
export const teamFilterSchema = z.object({
	weeks: z.coerce
		.number()
		.refine((n) => (WEEK_CHOICES as readonly number[]).includes(n))
		.catch(13),
	marketer: idSchema.optional().catch(undefined),
	audience: idSchema.optional().catch(undefined)
});
export type TeamFilter = z.infer<typeof teamFilterSchema>;

export interface MarketerRow {
	id: string;
	name: string;
	email: string;
	audiences: { id: string; name: string }[];
	cadence: Cadence;
	/** Conversations in the window. */
	count: number;
}

/**
 * The team view: every marketer (members with the marketer role, anyone linked to an audience,
 * anyone who logged a conversation) with their cadence over the window, who is below target this
 * week, and the audiences with no owner or no conversations in the window.
 */
export function teamView(view: ConversationsView, filter: TeamFilter, now = new Date()) {
	const today = calendarDateOf(now);
	const from = weekStart(addIsoWeeks(isoWeekOf(today), 1 - filter.weeks));
	const { owners, members, conversations: all } = view;
	const inWindow = (c: Conversation) => c.date >= from && c.date <= today;

	const ids = new Set<string>([
		...members.filter((m) => m.role === 'marketer').map((m) => m.id),
		...owners.flatMap((o) => (o.member ? [o.member.id] : [])),
		...all.map((c) => c.marketerId)
	]);
	const rows: MarketerRow[] = [...ids]
		.filter((id) => filter.marketer === undefined || id === filter.marketer)
		.map((id) => {
			const member = members.find((m) => m.id === id);
			const mine = all.filter((c) => c.marketerId === id);
			return {
				id,
				name: member?.name ?? 'Former member',
				email: member?.email ?? '',
				audiences: owners
					.filter((o) => o.member?.id === id)
					.map((o) => ({ id: o.audience.id, name: o.audience.name })),
				cadence: cadence(mine, { today, weeks: filter.weeks }),
				count: mine.filter(inWindow).length
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));

	const counted = new Map<string, number>();
	for (const c of all.filter(inWindow))
		counted.set(c.audienceId, (counted.get(c.audienceId) ?? 0) + 1);
	const audiences = owners
		.filter((o) => filter.audience === undefined || o.audience.id === filter.audience)
		.map((o) => ({
			id: o.audience.id,
			name: o.audience.name,
			seatTitle: o.seat?.title ?? null,
			owner: o.member?.name ?? null,
			count: counted.get(o.audience.id) ?? 0
		}));

	return {
		today,
		from,
		thisWeek: isoWeekOf(today),
		rows,
		below: rows.filter((r) => r.cadence.thisWeek.status !== 'met'),
		audiences,
		noOwner: audiences.filter((a) => a.owner === null),
		silent: audiences.filter((a) => a.count === 0),
		total: all.filter(inWindow).length,
		marketers: [...ids]
			.map((id) => ({ id, name: members.find((m) => m.id === id)?.name ?? 'Former member' }))
			.sort((a, b) => a.name.localeCompare(b.name, 'en')),
		allAudiences: owners.map((o) => ({ id: o.audience.id, name: o.audience.name }))
	};
}
