import type { Actor } from '../../domain/access/schema';
import { canCreateAssessment, canEditAssessment } from '../../domain/access/permissions';
import {
	optionsSchema,
	profileSchema,
	type Options,
	type Profile
} from '../../domain/assessment/schema';
import { zodIssues } from '../../domain/shared/issues';
import { AppError, forbidden, notFound } from '../errors';
import { checked } from './checked';
import { expectVersion, read, write, type Tx } from './db';
import { newId, nowIso } from './ids';
import type { AssessmentRecord, MemberRecord } from './schema';

/** A saved assessment's inputs, checked against the assessment schemas. */
export interface AssessmentDraft {
	name: string;
	profile: Profile;
	scenarioId: string | null;
	options: Options;
}

export interface SavedAssessment extends AssessmentDraft {
	id: string;
	authorId: string;
	authorName: string;
	createdAt: string;
	updatedAt: string;
	version: number;
}

export type AssessmentSummary = Omit<SavedAssessment, 'profile' | 'options'>;

export { canCreateAssessment, canEditAssessment };

const authorName = (member: MemberRecord | undefined) => member?.name ?? 'former member';

function summarise(author: MemberRecord | undefined, r: AssessmentRecord): AssessmentSummary {
	const { id, name, scenarioId, authorId, createdAt, updatedAt, version } = r;
	return {
		id,
		name,
		scenarioId,
		authorId,
		authorName: authorName(author),
		createdAt,
		updatedAt,
		version
	};
}

/** A stored record with its inputs checked again; one the schemas no longer accept is a 422. */
function saved(author: MemberRecord | undefined, r: AssessmentRecord): SavedAssessment {
	const profile = profileSchema.safeParse(r.profile);
	const options = optionsSchema.safeParse(r.options);
	if (!profile.success || !options.success) {
		const [first] = zodIssues((profile.error ?? options.error)!);
		throw new AppError(
			422,
			'assessment_outdated',
			`The saved assessment "${r.name}" no longer fits the assessment form ` +
				`(${profile.success ? 'options' : 'profile'}.${first?.path}: ${first?.message}); save it again with corrected figures.`
		);
	}
	return { ...summarise(author, r), profile: profile.data, options: options.data };
}

async function found(tx: Tx, id: string): Promise<AssessmentRecord> {
	const record = await tx.get('assessments', id);
	if (!record) throw notFound('Assessment');
	return record;
}

const withAuthor = async (tx: Tx, r: AssessmentRecord) =>
	saved(await tx.get('members', r.authorId), r);

/** Every saved assessment, the most recently changed first; any signed-in role. */
export async function list(_actor: Actor): Promise<AssessmentSummary[]> {
	const [all, members] = await read(async (tx) => [
		await tx.all('assessments'),
		await tx.all('members')
	]);
	return all
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
		.map((r) =>
			summarise(
				members.find((m) => m.id === r.authorId),
				r
			)
		);
}

export async function get(_actor: Actor, id: string): Promise<SavedAssessment> {
	return read(async (tx) => withAuthor(tx, await found(tx, id)));
}

/** A name for the draft when none is kept. */
const nameOf = (name: string) => name.trim().slice(0, 120) || 'Capacity assessment';

/** The draft's fields checked (400 naming `profile.<field>` or `options.<field>`). */
function fields(draft: Omit<AssessmentDraft, 'name'>) {
	return {
		profile: checked(profileSchema, draft.profile, 'profile'),
		scenarioId: draft.scenarioId,
		options: checked(optionsSchema, draft.options, 'options')
	};
}

/** Saves a new assessment by `actor` (admins and leaders only). */
export async function create(actor: Actor, draft: AssessmentDraft): Promise<SavedAssessment> {
	if (!canCreateAssessment(actor))
		throw forbidden('Only admins and leaders can save capacity assessments.');
	const checkedFields = fields(draft);
	return write(async (tx) => {
		const at = nowIso();
		const record: AssessmentRecord = {
			id: newId(),
			name: nameOf(draft.name),
			...checkedFields,
			authorId: actor.id,
			createdAt: at,
			updatedAt: at,
			version: 1
		};
		await tx.insert('assessments', record.id, record);
		return withAuthor(tx, record);
	});
}

async function editable(tx: Tx, actor: Actor, id: string): Promise<AssessmentRecord> {
	const record = await found(tx, id);
	if (!canEditAssessment(actor, record))
		throw forbidden(
			actor.role === 'leader'
				? 'You can read this assessment but only its author or an admin can change it.'
				: 'You can read saved assessments; only admins and leaders change them.'
		);
	return record;
}

/** 404 when there is no such assessment, 403 when `actor` may read but not change it. */
export async function assertEditable(actor: Actor, id: string): Promise<void> {
	await read((tx) => editable(tx, actor, id));
}

async function writable(tx: Tx, actor: Actor, id: string, expectedVersion: number) {
	const record = await editable(tx, actor, id);
	expectVersion(record, expectedVersion, `Assessment "${record.name}"`);
	return record;
}

/** Replaces the inputs (and the name, when given) if `expectedVersion` is still current; else 409. */
export async function update(
	actor: Actor,
	id: string,
	draft: Omit<AssessmentDraft, 'name'> & { name?: string },
	expectedVersion: number
): Promise<SavedAssessment> {
	const checkedFields = fields(draft);
	return write(async (tx) => {
		const record = await writable(tx, actor, id, expectedVersion);
		const next: AssessmentRecord = {
			...record,
			...checkedFields,
			name: draft.name === undefined ? record.name : nameOf(draft.name),
			version: record.version + 1,
			updatedAt: nowIso()
		};
		await tx.replace('assessments', id, next, record.version);
		return withAuthor(tx, next);
	});
}

/** Deletes the assessment if `expectedVersion` is still current; otherwise a 409. */
export async function remove(actor: Actor, id: string, expectedVersion: number): Promise<void> {
	await write(async (tx) => {
		await writable(tx, actor, id, expectedVersion);
		await tx.remove('assessments', id);
	});
}
