import { effortFields } from '$lib/domain/catalogue/effort-fields';
import type { Effort } from '$lib/domain/catalogue/effort';
import type { ActivityOverride } from '$lib/domain/catalogue/overrides';
import { covers, sourceGrades, type Activity, type SourceNote } from '$lib/domain/catalogue/schema';
import { formatPath } from '$lib/domain/shared/issues';

/** Problems with an edit form, keyed by input name ("p90Hours", "aiShare2", "form"). */
export type FieldErrors = Record<string, string>;

/** The fields the edit form manages; an override's other fields are kept as they are. */
const managed = ['effortHours', 'aiShare', 'craft'] as const;
const kinds = Object.keys(effortFields) as Effort['kind'][];

function number(form: FormData, name: string, errors: FieldErrors, what: string): number {
	const raw = String(form.get(name) ?? '').trim();
	const value = Number(raw);
	if (raw === '' || !Number.isFinite(value)) errors[name] = `enter ${what}, such as 3.5`;
	return value;
}

function readEffort(form: FormData, errors: FieldErrors): Effort | undefined {
	const kind = String(form.get('kind') ?? '') as Effort['kind'];
	if (!kinds.includes(kind)) {
		errors.kind = `choose one of: ${kinds.join(', ')}`;
		return undefined;
	}
	const values = effortFields[kind].map(([name]) => [name, number(form, name, errors, 'hours')]);
	return { kind, ...Object.fromEntries(values) } as Effort;
}

function readShares(form: FormData, errors: FieldErrors): Activity['aiShare'] {
	return [0, 1, 2, 3].map((level) => {
		const name = `aiShare${level}`;
		const pct = number(form, name, errors, 'a percentage');
		if (!errors[name] && (pct < 0 || pct > 100)) errors[name] = 'enter a percentage from 0 to 100';
		return Math.round(pct * 100) / 10000;
	}) as Activity['aiShare'];
}

const sameEffort = (a: Effort, b: Effort) =>
	a.kind === b.kind &&
	effortFields[a.kind].every(
		([f]) => (a as Record<string, unknown>)[f] === (b as Record<string, unknown>)[f]
	);

/**
 * Reads an activity's edit form into the override to store: effort, AI shares and craft are set
 * only where they differ from the catalogue default `base`, other fields of `existing` are kept,
 * and a note, if given, becomes the source of each changed value. Shares arrive as percentages.
 */
export function overrideFromForm(
	form: FormData,
	base: Activity,
	existing: ActivityOverride = {}
): { override: ActivityOverride } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	const values = {
		effortHours: readEffort(form, errors),
		aiShare: readShares(form, errors),
		craft: String(form.get('craft') ?? '') as Activity['craft']
	};
	if (Object.keys(errors).length > 0) return { errors };
	const changed = {
		effortHours: !sameEffort(values.effortHours!, base.effortHours),
		aiShare: values.aiShare.some((s, i) => s !== base.aiShare[i]),
		craft: values.craft !== base.craft
	};
	const note = String(form.get('note') ?? '').trim();
	const given = String(form.get('grade') ?? '');
	const grade = sourceGrades.find((g) => g === given) ?? 'assumption';
	const override: ActivityOverride = { ...existing };
	for (const field of managed) delete override[field];
	const sources: SourceNote[] = (existing.sources ?? []).filter(
		(s) => !managed.some((f) => covers(s, f))
	);
	for (const field of managed)
		if (changed[field]) {
			Object.assign(override, { [field]: values[field] });
			if (note) sources.push({ field, note, grade });
		}
	if (sources.length > 0) override.sources = sources;
	else delete override.sources;
	return { override };
}

/** The note given for the form's values in an existing override, to show it again. */
export const noteOf = (existing: ActivityOverride | undefined) =>
	existing?.sources?.find((s) => managed.some((f) => covers(s, f)));

const hourNames: Record<string, string> = Object.fromEntries(
	Object.values(effortFields).flatMap((fields) =>
		fields.map(([n, label]) => [n, label.toLowerCase()])
	)
);
/** Messages name effort fields as the form labels them ("must be above median hours"). */
const inWords = (text: string) => text.replace(/\b[a-z0-9]+Hours\b/g, (n) => hourNames[n] ?? n);

const percentOf = (text: string) =>
	text.replace(/\((\d*\.?\d+)\)/g, (_, n: string) => `(${Math.round(Number(n) * 1000) / 10}%)`);

/** Store issues (`overrides["<id>"].effortHours.p90Hours`) keyed by the form's input names. */
export function fieldErrors(activityId: string, issues: { path: string; message: string }[]) {
	const prefix = formatPath(['overrides', activityId]);
	const errors: FieldErrors = {};
	for (const { path, message } of issues) {
		const rest = path.startsWith(prefix) ? path.slice(prefix.length) : path;
		const share = /^\.aiShare(?:\[(\d)\])?/.exec(rest);
		const name = share
			? `aiShare${share[1] ?? 0}`
			: (/^\.effortHours\.(\w+)/.exec(rest)?.[1] ??
				(rest.startsWith('.effortHours')
					? 'kind'
					: rest.startsWith('.craft')
						? 'craft'
						: rest.startsWith('.sources')
							? 'note'
							: 'form'));
		errors[name] ??= share ? percentOf(message) : inWords(message);
	}
	return errors;
}
