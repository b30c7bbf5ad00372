import { describe, expect, it } from 'vitest';
import { ContentError, brokenGuideLinks, guideSlugFromFile, parseFrontmatter } from './schema';

const file = 'content/guide/glossary.md';
const valid = {
	title: 'Glossary',
	summary: 'The terms Orgcraft uses.',
	order: 3,
	related: ['/scenarios', '/guide/overview']
};

function messageOf(raw: unknown, from = file): string {
	try {
		parseFrontmatter(from, raw);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).message;
	}
	throw new Error('expected parseFrontmatter to throw');
}

describe('parseFrontmatter', () => {
	it('accepts valid frontmatter and trims text', () => {
		expect(parseFrontmatter(file, { ...valid, title: '  Glossary ' })).toEqual(valid);
	});

	it('defaults related to an empty list', () => {
		const withoutRelated: Record<string, unknown> = { ...valid };
		delete withoutRelated.related;
		expect(parseFrontmatter(file, withoutRelated).related).toEqual([]);
	});

	it.each([
		['missing title', { ...valid, title: undefined }, 'frontmatter.title: is required (a string)'],
		['empty summary', { ...valid, summary: '  ' }, 'frontmatter.summary: must not be empty'],
		['order as text', { ...valid, order: 'three' }, 'frontmatter.order: expected a number'],
		['fractional order', { ...valid, order: 1.5 }, 'frontmatter.order: expected an integer'],
		[
			'related as text',
			{ ...valid, related: '/scenarios' },
			'frontmatter.related: expected a list'
		],
		[
			'related path without slash',
			{ ...valid, related: ['/scenarios', 'scenarios'] },
			'frontmatter.related[1]: expected an app path such as "/scenarios"'
		],
		['misspelt field', { ...valid, sumary: 'x' }, 'frontmatter.sumary: unknown field'],
		['no frontmatter', undefined, 'frontmatter: expected a YAML frontmatter block']
	])('%s names the file and the field', (_case, raw, expected) => {
		expect(messageOf(raw)).toContain(`${file}: ${expected}`);
	});

	it('reports every bad field, one per line', () => {
		const lines = messageOf({ summary: 'Fine.', order: '1' }).split('\n');
		expect(lines).toEqual([
			`${file}: frontmatter.title: is required (a string)`,
			`${file}: frontmatter.order: expected a number`
		]);
	});
});

describe('guideSlugFromFile', () => {
	it.each([
		['/content/guide/hand-off-tax.md', 'hand-off-tax'],
		['content/guide/overview.md', 'overview']
	])('%s → %s', (path, slug) => {
		expect(guideSlugFromFile(path)).toBe(slug);
	});

	it('rejects a file name that is not a slug', () => {
		expect(() => guideSlugFromFile('content/guide/Hand Off.md')).toThrow(
			'content/guide/Hand Off.md: file name: expected a lowercase slug'
		);
	});
});

describe('brokenGuideLinks', () => {
	it('names the file and index of a link to a missing guide page', () => {
		const errors = brokenGuideLinks([
			{ file: 'content/guide/overview.md', related: ['/scenarios', '/guide/glossary'] },
			{ file: 'content/guide/glossary.md', related: ['/guide/overview', '/guide/nope'] }
		]);
		expect(errors.map((error) => error.message)).toEqual([
			'content/guide/glossary.md: frontmatter.related[1]: no guide page "nope" exists'
		]);
	});
});
