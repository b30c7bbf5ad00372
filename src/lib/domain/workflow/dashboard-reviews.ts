import { meanOf, weekdaysBetween } from './dashboard-time';
import type { RunView, StepView } from './run-view';

/** One gated asset: how many revision rounds it took and how long its approvals waited. */
export interface AssetReviews {
	runId: string;
	campaign: string;
	stepId: string;
	asset: string;
	approver: string;
	approverSeatId: string | null;
	ownerSeatId: string | null;
	/** Changes requested or rejections so far. */
	rounds: number;
	/** Decided review rounds with both timestamps. */
	decided: number;
	/** Mean weekdays from submitted for review to the decision, null before a timed decision. */
	approvalDays: number | null;
	/** Weekdays from the first send-back to the last decision (the redo and the reviews again). */
	reworkDays: number;
	status: StepView['status'];
}

const timed = (s: StepView) =>
	s.reviews.filter((r): r is typeof r & { decidedAt: string } => r.decidedAt !== null);

/** Whether a gated step has reached its gate at least once (old runs: a round or an approval). */
const reviewed = (s: StepView) => s.reviews.length > 0 || s.rounds > 0 || s.approvedAt !== null;

/**
 * Every gated step of `runs` that has been to review: revision rounds (changes requested or
 * rejected), approval time per decided round in weekdays, and rework time in weekdays from the
 * first send-back to the last decision. Rounds saved before timestamps were kept count in
 * `rounds` but not in the times.
 */
export function assetReviews(runs: readonly RunView[]): AssetReviews[] {
	return runs.flatMap((run) =>
		run.steps
			.filter((s) => s.gate && reviewed(s))
			.map((s): AssetReviews => {
				const rounds = timed(s);
				const back = rounds.findIndex((r) => r.outcome !== 'approved');
				const last = rounds.at(-1);
				return {
					runId: run.id,
					campaign: run.brief.campaignName,
					stepId: s.id,
					asset: s.name,
					approver: s.gate!.approver.label,
					approverSeatId: s.gate!.approver.seatId,
					ownerSeatId: s.owner.seatId,
					rounds: s.rounds,
					decided: rounds.length,
					approvalDays: meanOf(rounds.map((r) => weekdaysBetween(r.submittedAt, r.decidedAt))),
					reworkDays:
						back >= 0 && last ? weekdaysBetween(rounds[back]!.decidedAt, last.decidedAt) : 0,
					status: s.status
				};
			})
	);
}

/** Totals over assets: rounds per asset, approval time per round, review wait per run. */
export interface ReviewTotals {
	assets: number;
	/** Mean revision rounds per gated asset that has been to review; null with none. */
	roundsPerAsset: number | null;
	/** Decided, timed review rounds. */
	decidedRounds: number;
	/** Mean weekdays from submitted to decided, per round; null with none. */
	approvalDaysPerRound: number | null;
	/** Mean over runs with a timed decision of the weekdays their reviews waited in all. */
	reviewWaitDaysPerRun: number | null;
	/** Mean over runs with a timed decision of their rework weekdays. */
	reworkDaysPerRun: number | null;
}

/** Sums `assets` into the dashboard's review figures (units as in ReviewTotals). */
export function reviewTotals(assets: readonly AssetReviews[]): ReviewTotals {
	const perRun = new Map<string, { wait: number; rework: number }>();
	let rounds = 0;
	const days: number[] = [];
	for (const a of assets) {
		if (a.decided === 0) continue;
		rounds += a.decided;
		for (let i = 0; i < a.decided; i++) days.push(a.approvalDays!);
		const r = perRun.get(a.runId) ?? { wait: 0, rework: 0 };
		r.wait += a.approvalDays! * a.decided;
		r.rework += a.reworkDays;
		perRun.set(a.runId, r);
	}
	const runs = [...perRun.values()];
	return {
		assets: assets.length,
		roundsPerAsset: meanOf(assets.map((a) => a.rounds)),
		decidedRounds: rounds,
		approvalDaysPerRound: meanOf(days),
		reviewWaitDaysPerRun: meanOf(runs.map((r) => r.wait)),
		reworkDaysPerRun: meanOf(runs.map((r) => r.rework))
	};
}
