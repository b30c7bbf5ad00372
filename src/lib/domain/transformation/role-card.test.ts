import { describe, expect, it } from 'vitest';
import { parseRoleCard } from './role-card';

const good = {
	title: 'Head of content',
	summary: 'From running the content queue to owning the standard.',
	order: 3,
	group: 'legacy',
	legacy: { kind: 'functional-lead', craft: 'content' },
	twoTower: { kind: 'craft-custodian', craft: 'content' },
	adaptable: true
};
const file = 'content/role-cards/head-of-content.md';

describe('parseRoleCard', () => {
	it('accepts a complete card and derives its slug from the file name', () => {
		expect(parseRoleCard(file, good)).toEqual({ ...good, slug: 'head-of-content' });
	});

	it.each([
		[
			'a card not marked adaptable',
			{ ...good, adaptable: false },
			'frontmatter.adaptable: expected true: role cards are adaptable defaults'
		],
		['an unknown seat kind', { ...good, legacy: { kind: 'wizard' } }, 'frontmatter.legacy.kind:'],
		['an unknown field', { ...good, colour: 'red' }, 'frontmatter.colour: unknown field'],
		['a missing block', undefined, 'frontmatter: expected a YAML frontmatter block']
	])('refuses %s, naming the file and field', (_, raw, message) => {
		expect(() => parseRoleCard(file, raw)).toThrow(`${file}: ${message}`);
	});
});
