import type { z } from 'zod';
import type { Actor } from '../../domain/access/schema';
import {
	optionsSchema,
	profileSchema,
	type Options,
	type Profile
} from '../../domain/assessment/schema';
import { zodIssues } from '../../domain/shared/issues';
import { AppError, forbidden, invalid, notFound } from '../errors';
import { expectVersion, getStore } from './db';
import { newId, nowIso } from './ids';
import type { AssessmentRecord, StoreData } from './schema';

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

/** Admins and leaders run and save assessments; every role reads the saved ones. */
export const canCreateAssessment = (actor: Actor) =>
	actor.role === 'admin' || actor.role === 'leader';

/** Admins change any saved assessment; a leader changes the ones they wrote. */
export const canEditAssessment = (actor: Actor, record: Pick<AssessmentRecord, 'authorId'>) =>
	actor.role === 'admin' || (actor.role === 'leader' && record.authorId === actor.id);

/** Parses `raw` or throws a 400 whose issues name `<prefix>.<field>`. */
function checked<S extends z.ZodType>(schema: S, raw: unknown, prefix: string): z.infer<S> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issues = zodIssues(parsed.error).map((i) => ({
		path: i.path ? `${prefix}.${i.path}` : prefix,
		message: i.message
	}));
	throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
}

const authorName = (data: Readonly<StoreData>, id: string) =>
	data.members.find((m) => m.id === id)?.name ?? 'former member';

function summarise(data: Readonly<StoreData>, r: AssessmentRecord): AssessmentSummary {
	const { id, name, scenarioId, authorId, createdAt, updatedAt, version } = r;
	const author = authorName(data, authorId);
	return { id, name, scenarioId, authorId, authorName: author, createdAt, updatedAt, version };
}

/** A stored record with its inputs checked again; one the schemas no longer accept is a 422. */
function saved(data: Readonly<StoreData>, r: AssessmentRecord): SavedAssessment {
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
	return { ...summarise(data, r), profile: profile.data, options: options.data };
}

function found(data: Readonly<StoreData>, id: string): AssessmentRecord {
	const record = data.assessments.find((a) => a.id === id);
	if (!record) throw notFound('Assessment');
	return record;
}

/** Every saved assessment, the most recently changed first; any signed-in role. */
export async function list(_actor: Actor): Promise<AssessmentSummary[]> {
	const { data } = await getStore();
	return [...data.assessments]
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
		.map((r) => summarise(data, r));
}

export async function get(_actor: Actor, id: string): Promise<SavedAssessment> {
	const { data } = await getStore();
	return saved(data, found(data, id));
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
	const store = await getStore();
	return store.update((data) => {
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
		data.assessments.push(record);
		return saved(data, record);
	});
}

function editable(data: Readonly<StoreData>, actor: Actor, id: string): AssessmentRecord {
	const record = found(data, id);
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
	editable((await getStore()).data, actor, id);
}

function writable(data: StoreData, actor: Actor, id: string, expectedVersion: number) {
	const record = editable(data, actor, id);
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
	const store = await getStore();
	return store.update((data) => {
		const record = writable(data, actor, id, expectedVersion);
		Object.assign(record, checkedFields, {
			name: draft.name === undefined ? record.name : nameOf(draft.name),
			version: record.version + 1,
			updatedAt: nowIso()
		});
		return saved(data, record);
	});
}

/** Deletes the assessment if `expectedVersion` is still current; otherwise a 409. */
export async function remove(actor: Actor, id: string, expectedVersion: number): Promise<void> {
	const store = await getStore();
	await store.update((data) => {
		writable(data, actor, id, expectedVersion);
		data.assessments = data.assessments.filter((a) => a.id !== id);
	});
}
