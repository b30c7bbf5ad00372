import type { Actor } from '../../domain/access/schema';
import { canApprovePolicy, canEditChecklist, canEditPolicyRow } from '../../domain/access/policy';
import type { Catalogue } from '../../domain/catalogue/schema';
import { custodianCrafts } from '../../domain/policy/custodians';
import { changedActivities, diffPolicies, isEmptyDiff } from '../../domain/policy/diff';
import { unknownReferences } from '../../domain/policy/references';
import {
	policySchema,
	type Policy,
	type PolicyModel,
	type PolicyVersion,
	type Rule
} from '../../domain/policy/schema';
import { starterPolicy } from '../../domain/policy/starter';
import { forbidden, invalid, notFound } from '../errors';
import { checked } from './checked';
import { expectVersion, read, write, type Tx } from './db';
import * as events from './events';
import { nowIso } from './ids';
import { POLICY, versionKey, type PolicyRecord, type PolicyVersionRecord } from './policy-records';

/** The draft as every screen and the API read it, with the newest approved version. */
export interface PolicyState {
	policy: Policy;
	/** Write version of the draft: send it back with a change (1 before the first change). */
	version: number;
	updatedAt: string | null;
	updatedByName: string | null;
	approved: PolicyVersion | null;
	/** Whether the draft differs from the newest approved version (true before any approval). */
	changedSinceApproval: boolean;
	/** The crafts the reader is custodian of in the current scenario. */
	crafts: string[];
}

/** What the policy is checked against: the workspace's catalogue and models/policy.json. */
export interface PolicyContext {
	catalogue: Pick<Catalogue, 'activities'>;
	model: PolicyModel;
}

const nameOf = async (tx: Tx, id: string | null) =>
	id ? ((await tx.get('members', id))?.name ?? 'former member') : null;

const currentScenario = async (tx: Tx) => (await tx.find('scenarios', 'status', 'current'))[0];

/** The crafts `actor` is custodian of in the current scenario. */
async function craftsOf(tx: Tx, actor: Actor): Promise<string[]> {
	const member = await tx.get('members', actor.id);
	return member ? custodianCrafts(await currentScenario(tx), member.email) : [];
}

const draftOf = async (tx: Tx, ctx: PolicyContext): Promise<PolicyRecord> =>
	(await tx.get('policy', POLICY)) ?? {
		policy: starterPolicy(ctx.catalogue, ctx.model),
		version: 1,
		updatedAt: null,
		updatedBy: null,
		approvedNumber: null,
		approvedAtVersion: null
	};

async function versionOf(tx: Tx, r: PolicyVersionRecord): Promise<PolicyVersion> {
	const { number, policy, approvedBy, approvedAt, note } = r;
	return {
		number,
		policy,
		approvedBy,
		approvedByName: (await nameOf(tx, approvedBy))!,
		approvedAt,
		note
	};
}

async function stateOf(tx: Tx, actor: Actor, ctx: PolicyContext): Promise<PolicyState> {
	const record = await draftOf(tx, ctx);
	const approvedRecord = record.approvedNumber
		? await tx.get('policyVersions', versionKey(record.approvedNumber))
		: undefined;
	const approved = approvedRecord ? await versionOf(tx, approvedRecord) : null;
	return {
		policy: record.policy,
		version: record.version,
		updatedAt: record.updatedAt,
		updatedByName: await nameOf(tx, record.updatedBy),
		approved,
		changedSinceApproval: !approved || !isEmptyDiff(diffPolicies(approved.policy, record.policy)),
		crafts: await craftsOf(tx, actor)
	};
}

/** The draft policy (the starter policy until the first change) and the newest approved version. */
export async function get(actor: Actor, ctx: PolicyContext): Promise<PolicyState> {
	return read((tx) => stateOf(tx, actor, ctx));
}

/** Writes the draft record, adding it on its first write. */
async function save(tx: Tx, next: PolicyRecord, previous: number) {
	if (await tx.get('policy', POLICY)) await tx.replace('policy', POLICY, next, previous);
	else await tx.insert('policy', POLICY, next);
}

/** 403 naming the first rule or the checklist change `actor` may not make. */
async function assertMayChange(
	tx: Tx,
	actor: Actor,
	before: Policy,
	after: Policy,
	ctx: PolicyContext
) {
	const diff = diffPolicies(before, after);
	const checklistChanged =
		diff.checklist.added.length + diff.checklist.removed.length + diff.checklist.reworded.length >
		0;
	if (checklistChanged && !canEditChecklist(actor))
		throw forbidden('Only admins change the checklist every rule draws from.');
	const crafts = await craftsOf(tx, actor);
	for (const id of changedActivities(before, after)) {
		const activity = ctx.catalogue.activities.find((a) => a.id === id);
		const craft = activity?.craft ?? '';
		if (!canEditPolicyRow(actor, craft, crafts))
			throw forbidden(
				actor.role === 'custodian'
					? `You can change the rules of your own craft (${crafts.join(', ') || 'none in the current scenario'}); "${activity?.name ?? id}" belongs to ${craft.replace(/-/g, ' ') || 'no craft'}.`
					: 'Only admins and the custodian of a craft change the guardrail policy.'
			);
	}
}

/** 400 naming each rule whose activity is not in the catalogue or whose seat is not in the current scenario. */
async function assertReferences(tx: Tx, policy: Policy, ctx: PolicyContext) {
	const seats = (await currentScenario(tx))?.seats ?? [];
	const issues = unknownReferences(
		policy,
		new Set(ctx.catalogue.activities.map((a) => a.id)),
		new Set(seats.map((s) => s.id))
	);
	if (issues.length > 0) throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
}

/**
 * Replaces the draft if `expectedVersion` is still current (else 409), after checking its shape
 * and references (400 naming `policy.<field>`) and that `actor` may change every rule that
 * differs (403): admins any, a custodian only their craft's.
 */
export async function update(
	actor: Actor,
	raw: unknown,
	expectedVersion: number,
	ctx: PolicyContext
): Promise<PolicyState> {
	const policy = checked(policySchema, raw, 'policy');
	return write(async (tx) => {
		const record = await draftOf(tx, ctx);
		expectVersion(record, expectedVersion, 'The guardrail policy');
		await assertMayChange(tx, actor, record.policy, policy, ctx);
		await assertReferences(tx, policy, ctx);
		const changed = changedActivities(record.policy, policy);
		const next: PolicyRecord = {
			...record,
			policy,
			version: record.version + 1,
			updatedAt: nowIso(),
			updatedBy: actor.id
		};
		await save(tx, next, record.version);
		await events.record(tx, {
			actorId: actor.id,
			action: 'policy.changed',
			subjectId: POLICY,
			summary:
				`Guardrail policy draft changed: ${changed.join(', ') || 'checklist or wording'}`.slice(
					0,
					500
				)
		});
		return stateOf(tx, actor, ctx);
	});
}

/** Replaces one activity's rule in the draft, under the same checks as `update`. */
export async function setRule(
	actor: Actor,
	rule: Rule,
	expectedVersion: number,
	ctx: PolicyContext
): Promise<PolicyState> {
	const { policy } = await get(actor, ctx);
	const at = policy.rules.findIndex((r) => r.activityId === rule.activityId);
	if (at === -1) throw notFound(`A rule for "${rule.activityId}"`);
	policy.rules[at] = rule;
	return update(actor, policy, expectedVersion, ctx);
}

/**
 * Approves the draft at `expectedVersion` into the next numbered version, with who, when and
 * `note`; admins only. A draft unchanged since the last approval is refused (400).
 */
export async function approve(
	actor: Actor,
	note: string,
	expectedVersion: number,
	ctx: PolicyContext
): Promise<PolicyState> {
	if (!canApprovePolicy(actor)) throw forbidden('Only admins approve the guardrail policy.');
	return write(async (tx) => {
		const record = await draftOf(tx, ctx);
		expectVersion(record, expectedVersion, 'The guardrail policy');
		const last = record.approvedNumber
			? await tx.get('policyVersions', versionKey(record.approvedNumber))
			: undefined;
		if (last && isEmptyDiff(diffPolicies(last.policy, record.policy)))
			throw invalid(
				`Nothing changed since version ${last.number}: there is nothing new to approve.`,
				[{ path: 'version', message: `the draft equals approved version ${last.number}` }]
			);
		const number = (record.approvedNumber ?? 0) + 1;
		const at = nowIso();
		await tx.insert('policyVersions', versionKey(number), {
			number,
			policy: record.policy,
			approvedBy: actor.id,
			approvedAt: at,
			note,
			version: 1
		});
		const next: PolicyRecord = {
			...record,
			version: record.version + 1,
			approvedNumber: number,
			approvedAtVersion: record.version + 1
		};
		await save(tx, next, record.version);
		await events.record(tx, {
			actorId: actor.id,
			action: 'policy.approved',
			subjectId: POLICY,
			summary: `Guardrail policy version ${number} approved${note ? `: ${note}` : ''}`.slice(0, 500)
		});
		return stateOf(tx, actor, ctx);
	});
}

/** Every approved version without its rules, newest first. */
export async function versions(_actor: Actor): Promise<Omit<PolicyVersion, 'policy'>[]> {
	return read(async (tx) => {
		const all = await tx.all('policyVersions');
		const out = await Promise.all(all.map((r) => versionOf(tx, r)));
		return out.sort((a, b) => b.number - a.number).map(({ policy: _p, ...rest }) => rest);
	});
}

/** Approved version `number`, or 404. */
export async function version(_actor: Actor, number: number): Promise<PolicyVersion> {
	return read(async (tx) => {
		const r = await tx.get('policyVersions', versionKey(number));
		if (!r) throw notFound(`Policy version ${number}`);
		return versionOf(tx, r);
	});
}

/** The rules of the newest approved version, or null before the first approval. */
export async function approvedPolicy(): Promise<Policy | null> {
	return read(approvedIn);
}

/** When the approved policy was approved (ISO instant), inside an open transaction; null before. */
export async function approvedAtIn(tx: Tx): Promise<string | null> {
	const record = await tx.get('policy', POLICY);
	if (!record?.approvedNumber) return null;
	return (await tx.get('policyVersions', versionKey(record.approvedNumber)))?.approvedAt ?? null;
}

/** The approved rules inside a transaction already open, or null before the first approval. */
export async function approvedIn(tx: Tx): Promise<Policy | null> {
	const record = await tx.get('policy', POLICY);
	if (!record?.approvedNumber) return null;
	return (await tx.get('policyVersions', versionKey(record.approvedNumber)))?.policy ?? null;
}
