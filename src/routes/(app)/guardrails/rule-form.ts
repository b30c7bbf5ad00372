import { z } from 'zod';
import { ruleSchema } from '$lib/domain/policy/schema';

/** The form of one rule: repeated checkboxes for data classes and checklist items. */
export function ruleFromForm(form: FormData) {
	return {
		activityId: String(form.get('activityId') ?? ''),
		level: String(form.get('level') ?? ''),
		dataClasses: form.getAll('dataClasses').map(String),
		reviewer: String(form.get('reviewer') ?? ''),
		checklist: form.getAll('checklist').map(String),
		reason: String(form.get('reason') ?? '')
	};
}

export const ruleFormSchema = ruleSchema;
export const versionSchema = z.coerce.number().int().min(1);

/** A checklist edited on the page: existing items by id, removals, and one new item. */
export function checklistFromForm(
	form: FormData,
	current: { id: string; text: string; judge?: string }[]
) {
	const removed = new Set(form.getAll('remove').map(String));
	const kept = current
		.filter((item) => !removed.has(item.id))
		.map((item) => ({ ...item, text: String(form.get(`text-${item.id}`) ?? item.text) }));
	const added = String(form.get('newItem') ?? '').trim();
	if (!added) return kept;
	const base =
		added
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 32) || 'item';
	const slug = /^[a-z]/.test(base) ? base : `item-${base}`;
	let id = slug;
	for (let n = 2; kept.some((i) => i.id === id); n++) id = `${slug}-${n}`;
	return [...kept, { id, text: added }];
}
