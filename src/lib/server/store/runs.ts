import { canSendRunEvent, canStartRun } from '../../domain/access/workflows';
import type { Actor } from '../../domain/access/schema';
import { designOf, type Scenario } from '../../domain/scenario/schema';
import { zodIssues } from '../../domain/shared/issues';
import { calendarDateOf } from '../../domain/conversations/weeks';
import { boardOf, type Board, type BoardFilter } from '../../domain/workflow/board';
import { decisionFor } from '../../domain/workflow/decisions';
import { escalationsOf, seatLoads, type Escalation } from '../../domain/workflow/escalations';
import type { RunLibrary } from '../../domain/workflow/library';
import { planRun } from '../../domain/workflow/plan';
import { send as sendEvent, startRun } from '../../domain/workflow/run-actor';
import { runEventSchema, type RunEvent } from '../../domain/workflow/run-events';
import type { Decision, Run, StartRunRequest } from '../../domain/workflow/run-schema';
import { followed } from '../../domain/workflow/follow';
import { runView, type RunView } from '../../domain/workflow/run-view';
import { AppError, forbidden, invalid, notFound } from '../errors';
import { accountabilityMapOf, workspaceRunLibrary } from '../workflows';
import { stored as storedOverrides } from './accountability';
import { expectVersion, read, write, type Tx } from './db';
import { approvedIn } from './policy';
import { newId } from './ids';
import { resolverIn } from './run-resolution';

type Member = Actor & { email?: string };

const currentOf = async (tx: Tx): Promise<Scenario | undefined> =>
	(await tx.find('scenarios', 'status', 'current'))[0];

/** Every run as its view, newest first, following the current map and policy (follow.ts). */
const viewsIn = async (tx: Tx, library: RunLibrary) => {
	const [all, resolve] = await Promise.all([tx.all('runs'), resolverIn(tx, library)]);
	return all
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
		.map((r) => runView(r, resolve(r)));
};

/** Every run, newest first, as the API shows them. */
export async function list(actor: Actor, given?: RunLibrary): Promise<RunView[]> {
	void actor; // every member reads runs (domain/access/workflows.ts)
	const library = given ?? (await workspaceRunLibrary());
	return read((tx) => viewsIn(tx, library));
}

export async function get(actor: Actor, id: string, given?: RunLibrary): Promise<RunView> {
	void actor;
	const library = given ?? (await workspaceRunLibrary());
	const view = await read(async (tx) => {
		const run = await tx.get('runs', id);
		return run ? runView(run, (await resolverIn(tx, library))(run)) : null;
	});
	if (!view) throw notFound('Run');
	return view;
}

const refuse = (path: string, message: string) =>
	invalid(`${path}: ${message}`, [{ path, message }]);

/**
 * Starts a run of a template (as the workspace edited it) for an audience of the current scenario: owners from its
 * accountability map (its stored overrides applied), gates as the approved policy sets them, due dates back from the brief's launch date. 400 naming the field when
 * the template, audience or brief does not fit; 403 for a custodian.
 */
export async function create(
	actor: Actor,
	request: StartRunRequest,
	now = new Date(),
	given?: RunLibrary
): Promise<RunView> {
	if (!canStartRun(actor))
		throw forbidden(
			'Admins, leaders and GTM marketers start runs; craft custodians shape templates.'
		);
	const library = given ?? (await workspaceRunLibrary());
	const template = library.templates.find((t) => t.id === request.templateId);
	if (!template)
		throw refuse('templateId', `expected one of ${library.templates.map((t) => t.id).join(', ')}`);
	return write(async (tx) => {
		const scenario = await currentOf(tx);
		if (!scenario)
			throw refuse('audienceId', 'there is no current scenario yet: publish one to start runs');
		const design = designOf(scenario);
		const audience = design.audiences.find((a) => a.id === request.audienceId);
		if (!audience)
			throw refuse(
				'audienceId',
				`expected an audience of the current scenario: ${design.audiences.map((a) => a.id).join(', ')}`
			);
		const { plan, issues } = planRun({
			template,
			design,
			audienceId: audience.id,
			brief: request.brief,
			activities: library.activities,
			map: accountabilityMapOf(design, library, (await storedOverrides(tx, scenario.id)).overrides),
			reviewLatencyHours: library.reviewLatencyHours,
			policy: await approvedIn(tx)
		});
		if (issues.length > 0) throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
		const at = now.toISOString();
		const run: Run = {
			id: newId(),
			templateId: template.id,
			templateName: template.name,
			scenarioId: scenario.id,
			audienceId: audience.id,
			audienceName: audience.name,
			brief: request.brief,
			internalOwner: plan.internalOwner,
			phases: plan.phases,
			steps: plan.steps,
			launchStepId: plan.launchStepId,
			critical: plan.critical,
			snapshot: startRun(plan.machine),
			createdBy: actor.id,
			createdAt: at,
			updatedAt: at,
			version: 1
		};
		await tx.insert('runs', run.id, run);
		return runView(run);
	});
}

/** A past date is refused for a move or added work: a deadline is set from today on. */
function assertNotPast(event: RunEvent, today: string) {
	if ((event.type === 'MOVE_DUE' || event.type === 'ADD_WORK') && event.due < today)
		throw refuse('due', `must not be in the past (today is ${today})`);
}

/**
 * Sends one event to a run, server-authoritative: the version is checked first (409 when
 * stale), then the event (400), who may send it (403) and whether the machine accepts it now
 * (422 with the reason, nothing changed). Saves the new snapshot with the version bumped and
 * writes the decision log entry of a gate decision or reopening.
 */
export async function send(
	actor: Member,
	id: string,
	version: number,
	body: Record<string, unknown>,
	now = new Date(),
	given?: RunLibrary
): Promise<{ run: RunView; decision: Decision | null }> {
	const library = given ?? (await workspaceRunLibrary());
	return write(async (tx) => {
		const stored = await tx.get('runs', id);
		if (!stored) throw notFound('Run');
		expectVersion(stored, version, 'This run');
		// Work not started yet follows the current map and policy before the event applies.
		const run = followed(stored, (await resolverIn(tx, library))(stored), now.toISOString());
		const parsed = runEventSchema.safeParse(body);
		if (!parsed.success) {
			const issues = zodIssues(parsed.error).map((i) => ({ ...i, path: i.path || '(body)' }));
			throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
		}
		const today = calendarDateOf(now);
		const event: RunEvent = { ...parsed.data, at: now.toISOString(), by: actor.id };
		assertNotPast(event, today);
		const before = runView(run);
		const step = 'stepId' in event ? before.steps.find((s) => s.id === event.stepId) : undefined;
		if (!canSendRunEvent(actor, event.type, step?.gate?.approver.email))
			throw forbidden(
				`You may not ${event.type} here: gate decisions belong to the approver, custodians, admins and leaders.`
			);
		const sent = sendEvent(run.snapshot, event);
		if (!sent.ok)
			throw new AppError(422, 'event_not_accepted', `${event.type} refused: ${sent.reason}`, [
				{ path: 'type', message: sent.reason }
			]);
		const next: Run = {
			...run,
			snapshot: sent.persisted,
			updatedAt: event.at,
			version: run.version + 1
		};
		await tx.replace('runs', id, next, stored.version);
		const after = runView(next);
		const log = await tx.entries('decisions', id);
		const decision = step
			? decisionFor(event, {
					run,
					before: step,
					after: after.steps.find((s) => s.id === step.id)!,
					steps: after.steps,
					log,
					id: newId(),
					today
				})
			: null;
		if (decision) await tx.append('decisions', id, decision);
		return { run: after, decision };
	});
}

/** The decision log of one run, or of every run (newest first). */
export async function decisions(actor: Actor, runId?: string): Promise<Decision[]> {
	void actor;
	return read(async (tx) => {
		const ids = runId ? [runId] : (await tx.all('runs')).map((r) => r.id);
		if (runId && !(await tx.get('runs', runId))) throw notFound('Run');
		const logs = await Promise.all(ids.map((id) => tx.entries('decisions', id)));
		// Newest first; entries of the same instant keep the log's order, reversed.
		const all = logs.flatMap((log) => [...log].reverse());
		return all.sort((a, b) => b.at.localeCompare(a.at));
	});
}

/** Every seat's focused hours a week in the current scenario (hoursPerWeek × FTE × focus). */
const capacityOf = (scenario: Scenario | undefined) =>
	new Map(
		(scenario?.seats ?? []).map((s) => [s.id, s.hoursPerWeek * s.fte * s.focusFactor] as const)
	);

/** The runs and their escalations on `now`'s date, read at one moment. */
async function withEscalations(now: Date, library: RunLibrary) {
	const [views, scenario] = await read(
		async (tx) => [await viewsIn(tx, library), await currentOf(tx)] as const
	);
	const today = calendarDateOf(now);
	const loads = seatLoads(views, today, capacityOf(scenario));
	const escalations = views.flatMap((v) => escalationsOf(v, today, library.reworkShare, loads));
	return { views, escalations, today };
}

/** The board across runs (due this week, blocked, decision needed next), filtered. */
export async function board(
	actor: Actor,
	filter: BoardFilter = {},
	now = new Date(),
	given?: RunLibrary
): Promise<Board & { runs: RunView[]; escalations: Escalation[] }> {
	void actor;
	const library = given ?? (await workspaceRunLibrary());
	const { views, escalations, today } = await withEscalations(now, library);
	return { ...boardOf(views, today, escalations, filter), runs: views, escalations };
}

/** One run with its escalations and decision log, for the run page. */
export async function detail(
	actor: Actor,
	id: string,
	now = new Date(),
	given?: RunLibrary
): Promise<{ run: RunView; escalations: Escalation[]; decisions: Decision[] }> {
	const library = given ?? (await workspaceRunLibrary());
	const { views, escalations } = await withEscalations(now, library);
	const run = views.find((v) => v.id === id);
	if (!run) throw notFound('Run');
	return {
		run,
		escalations: escalations.filter((e) => e.runId === id),
		decisions: await decisions(actor, id)
	};
}

/** What the "Start a run" form offers: templates, and the current scenario's audiences and seats. */
export async function startChoices(actor: Actor, given?: Pick<RunLibrary, 'templates'>) {
	void actor;
	const library = given ?? (await workspaceRunLibrary());
	const scenario = await read(currentOf);
	return {
		templates: library.templates.map((t) => ({ id: t.id, name: t.name, summary: t.summary })),
		scenarioName: scenario?.name ?? null,
		audiences: (scenario?.audiences ?? []).map((a) => ({ id: a.id, name: a.name })),
		seats: (scenario?.seats ?? []).map((s) => ({
			id: s.id,
			name: s.personName ? `${s.title} (${s.personName})` : s.title
		}))
	};
}
