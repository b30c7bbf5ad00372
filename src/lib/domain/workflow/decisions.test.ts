import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { decisionFor } from './decisions';
import { runToCsv, runToIcs, runToMarkdown } from './export';
import { isScopeChange } from './run-context';
import { restore } from './run-actor';
import type { RunEvent, RunEventRequest } from './run-events';
import { after, landingRun } from './run-testing';
import { runView } from './run-view';

const approved: RunEventRequest[] = [
	{ type: 'RECEIVE_INPUT', input: 'The offer' },
	{ type: 'START', stepId: 'copy' },
	{ type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' },
	{ type: 'APPROVE', stepId: 'copy', note: 'Headline works' }
];
const stamp = (e: RunEventRequest) =>
	({ ...e, at: '2026-12-09T15:00:00.000Z', by: 'ada' }) as RunEvent;

describe('the scope-change flag after approval', () => {
	it('is not raised while the approved work’s phase is still open', () => {
		const run = after(landingRun(), approved);
		// Design, in the same creative phase, has not finished.
		expect(isScopeChange(restore(run.snapshot).context, 'copy')).toBe(false);
	});

	it('is raised once the phase has closed, and counted on the step when reopened', () => {
		const closed = after(landingRun(), [
			...approved,
			{ type: 'START', stepId: 'design' },
			{ type: 'COMPLETE', stepId: 'design' }
		]);
		expect(isScopeChange(restore(closed.snapshot).context, 'copy')).toBe(true);
		const reopened = after(closed, [{ type: 'REOPEN', stepId: 'copy', reason: 'New pricing' }]);
		const copy = restore(reopened.snapshot).context.steps.copy!;
		expect(copy).toMatchObject({ status: 'inProgress', scopeChanges: 1, rounds: 1 });
	});

	it('is never raised for work that no gate approved', () => {
		const done = after(landingRun(), [
			...approved,
			{ type: 'START', stepId: 'design' },
			{ type: 'COMPLETE', stepId: 'design' }
		]);
		expect(isScopeChange(restore(done.snapshot).context, 'design')).toBe(false);
	});
});

describe('decision log entries', () => {
	const entry = (before: ReturnType<typeof landingRun>, event: RunEventRequest, log = []) => {
		const next = after(before, [event]);
		const b = runView(before);
		const a = runView(next);
		const stepId = 'stepId' in event ? event.stepId : '';
		return decisionFor(stamp(event), {
			run: before,
			before: b.steps.find((s) => s.id === stepId)!,
			after: a.steps.find((s) => s.id === stepId)!,
			steps: a.steps,
			log,
			id: 'd1',
			today: '2026-12-09'
		});
	};

	it('an approval names what, who, the asset and the impact, with a link', () => {
		const inReview = after(landingRun(), approved.slice(0, 3));
		expect(entry(inReview, approved[3]!)).toEqual({
			id: 'd1',
			runId: 'run-1',
			at: '2026-12-09T15:00:00.000Z',
			kind: 'approved',
			decision: 'Approved Copy (copy): Headline works',
			approver: 'Brand custodian',
			recordedBy: 'ada',
			stepId: 'copy',
			asset: 'Copy (copy)',
			campaign: 'Landing page',
			impact: 'None on the timeline: Design can start.',
			scopeChange: false,
			revisits: null,
			link: '/workflows/runs/run-1#decision-d1'
		});
	});

	it('a request for changes counts a revision round', () => {
		const inReview = after(landingRun(), approved.slice(0, 3));
		expect(
			entry(inReview, { type: 'REQUEST_CHANGES', stepId: 'copy', note: 'Too long' })
		).toMatchObject({
			kind: 'changes-requested',
			decision: 'Changes requested on Copy (copy): Too long',
			impact:
				'Revision round 1: the work goes back to Owner of copy and returns to review; due Wed 9 Dec.'
		});
	});

	it('a reopening after the phase closed is flagged and points at the approval', () => {
		const closed = after(landingRun(), [
			...approved,
			{ type: 'START', stepId: 'design' },
			{ type: 'COMPLETE', stepId: 'design' }
		]);
		const approval = {
			...entry(after(landingRun(), approved.slice(0, 3)), approved[3]!)!,
			id: 'a1'
		};
		const reopened = entry(closed, { type: 'REOPEN', stepId: 'copy', reason: 'New pricing' }, [
			approval
		] as never);
		expect(reopened).toMatchObject({
			kind: 'reopened',
			scopeChange: true,
			revisits: 'a1',
			decision: 'Reopened Copy (copy) approved on Wed 9 Dec: New pricing'
		});
		expect(reopened!.impact).toMatch(/^Scope or timeline change/);
	});
});

describe('exports', () => {
	const run = runView(landingRun());

	it('CSV: one task per step with assignee email, due date, section and dependencies by name', () => {
		const rows = Papa.parse<Record<string, string>>(runToCsv(run), { header: true }).data;
		expect(
			rows.map((r) => [
				r.Name,
				r['Assignee Email'],
				r['Due Date'],
				r['Section/Column'],
				r.Dependencies
			])
		).toEqual([
			['Copy', 'copy@example.test', '2026-12-09', 'Creative', ''],
			['Design', 'design@example.test', '2026-12-14', 'Creative', 'Copy'],
			['Launch', 'launch@example.test', '2026-12-15', 'Launch', 'Design']
		]);
	});

	it('Markdown: a checklist by phase with its accountable owner', () => {
		const md = runToMarkdown(run);
		expect(md).toContain('## Creative (accountable: GTM marketer)');
		expect(md).toContain(
			'- [ ] Copy — Owner of copy, due 2026-12-09 · review: Brand custodian approves the copy'
		);
	});

	it('iCalendar: review deadlines, phase ends and the launch as all-day events', () => {
		const ics = runToIcs(run);
		expect(ics).toContain('SUMMARY:Review due: Copy');
		expect(ics).toContain('SUMMARY:Launch: Landing page');
		expect(ics).toMatch(/DTSTART;VALUE=DATE:20261215/);
	});
});
