import { z } from 'zod';
import { idSchema } from '../scenario/schema';
import type { RunView } from './run-view';

const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);

/** `?audience=&client=&owner=` of the board and GET /api/v1/board; empty values mean "all". */
export const boardQuerySchema = z.strictObject({
	audience: z.preprocess(blankIsAbsent, idSchema.optional()),
	client: z.preprocess(blankIsAbsent, z.string().max(120).optional()),
	owner: z.preprocess(blankIsAbsent, idSchema.optional())
});

const unique = <T extends { id: string }>(items: T[]) => [
	...new Map(items.map((i) => [i.id, i])).values()
];

/** What the board's and the dashboard's filters offer: the runs' audiences, clients and owners. */
export function filterChoicesOf(runs: readonly RunView[]) {
	return {
		audiences: unique(runs.map((r) => ({ id: r.audienceId, name: r.audienceName }))),
		clients: [...new Set(runs.map((r) => r.brief.client).filter(Boolean))],
		owners: unique(
			runs
				.flatMap((r) => r.steps)
				.flatMap((s) => [s.owner, ...(s.gate ? [s.gate.approver] : [])])
				.filter((o) => o.seatId)
				.map((o) => ({ id: o.seatId!, name: o.label }))
		)
	};
}
