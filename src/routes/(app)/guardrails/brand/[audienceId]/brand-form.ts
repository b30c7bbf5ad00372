import type { BrandLayer } from '$lib/domain/policy/brand';

/** Fields written one entry per line. */
export const listFields = [
	'pillars',
	'idealCustomerProfiles',
	'approvedClaims',
	'proofPoints',
	'seoPreferences',
	'phrasesToAvoid'
] as const;

const lines = (value: FormDataEntryValue | null) =>
	String(value ?? '')
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);

/** The layer as the form sends it, unchecked: lists one per line, assets as "Title | address". */
export function layerFromForm(form: FormData): Record<string, unknown> {
	const level = String(form.get('readingLevel') ?? '').trim();
	return {
		voiceAndTone: String(form.get('voiceAndTone') ?? ''),
		positioning: String(form.get('positioning') ?? ''),
		...Object.fromEntries(listFields.map((f) => [f, lines(form.get(f))])),
		exampleAssets: lines(form.get('exampleAssets')).map((line) => {
			const [title, ...rest] = line.split('|');
			const url = rest.join('|').trim();
			return url ? { title: title!.trim(), url } : { title: line, url: line };
		}),
		readingLevel: level === '' ? Number.NaN : Number(level)
	};
}

/** The layer as the form shows it. */
export function formOf(layer: BrandLayer): Record<string, string> {
	return {
		voiceAndTone: layer.voiceAndTone,
		positioning: layer.positioning,
		...Object.fromEntries(listFields.map((f) => [f, layer[f].join('\n')])),
		exampleAssets: layer.exampleAssets.map((a) => `${a.title} | ${a.url}`).join('\n'),
		readingLevel: String(layer.readingLevel)
	};
}
