/**
 * The one module that reads content/. Guides are mdsvex pages under content/guide/ and role
 * cards under content/role-cards/, each with frontmatter validated by its schema; bad content
 * fails with the file and field named.
 */
import type { Component } from 'svelte';
import type { Pathname } from '$app/types';
import {
	ContentError,
	brokenGuideLinks,
	guideSlugFromFile,
	parseFrontmatter,
	type GuideFrontmatter
} from '$lib/domain/guide/schema';
import { parseRoleCard, type RoleCardFrontmatter } from '$lib/domain/transformation/role-card';

interface GuideModule {
	default: Component;
	metadata?: unknown;
}

export interface GuideSummary extends GuideFrontmatter {
	slug: string;
}

export interface GuideLink {
	slug: string;
	title: string;
}

export interface RelatedLink {
	/** An app path for `resolve()`. Frontmatter is data: the schema checks its shape only. */
	path: Pathname;
	label: string;
}

export interface Guide extends GuideSummary {
	component: Component;
	/** `related` with readable labels. */
	relatedLinks: RelatedLink[];
	previous: GuideLink | null;
	next: GuideLink | null;
}

const modules = import.meta.glob<GuideModule>('/content/guide/*.md', { eager: true });

interface Entry extends GuideSummary {
	file: string;
	component: Component;
}

let entries: Entry[] | undefined;

/** Parses every guide once; throws a ContentError listing every bad file. */
function load(): Entry[] {
	if (entries) return entries;
	const errors: ContentError[] = [];
	const parsed = Object.entries(modules).flatMap(([path, module]): Entry[] => {
		const file = path.replace(/^\//, '');
		try {
			const frontmatter = parseFrontmatter(file, module.metadata);
			return [{ ...frontmatter, slug: guideSlugFromFile(file), file, component: module.default }];
		} catch (error) {
			if (error instanceof ContentError) errors.push(error);
			else throw error;
			return [];
		}
	});
	errors.push(...brokenGuideLinks(parsed));
	if (errors.length === 1) throw errors[0];
	if (errors.length > 1) {
		const lines = errors.map((error) => error.message).join('\n');
		throw new Error(`${errors.length} guide files are invalid:\n${lines}`);
	}
	entries = parsed.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	return entries;
}

const summarise = ({ slug, title, summary, order, related }: Entry): GuideSummary => ({
	slug,
	title,
	summary,
	order,
	related
});

const linkTo = ({ slug, title }: Entry): GuideLink => ({ slug, title });

/** Names of app screens whose path alone reads poorly as a link. */
const screenLabels: Record<string, string> = {
	'/scenarios': 'Scenarios',
	'/simulate': 'Hand-off tax simulation',
	'/assessments': 'Capacity assessment',
	'/settings/tokens': 'API tokens'
};

/** A readable label for an app path: a guide's title, a screen's name, else its segments. */
function labelFor(path: string, guides: Entry[]): string {
	const pathname = path.split('#')[0]!;
	const guide = guides.find((entry) => pathname === `/guide/${entry.slug}`);
	if (guide) return guide.title;
	if (screenLabels[pathname]) return screenLabels[pathname];
	const segments = pathname.split('/').filter(Boolean);
	if (segments.length === 0) return 'Home';
	return segments
		.map((segment) => segment.replace(/-/g, ' '))
		.map((words) => words.charAt(0).toUpperCase() + words.slice(1))
		.join(' › ');
}

/** Every guide page, sorted by `order` (then slug). */
export function listGuides(): GuideSummary[] {
	return load().map(summarise);
}

/** One guide page with its component, related links and neighbours; undefined for an unknown slug. */
export function getGuide(slug: string): Guide | undefined {
	const guides = load();
	const index = guides.findIndex((entry) => entry.slug === slug);
	const entry = guides[index];
	if (!entry) return undefined;
	const previous = guides[index - 1];
	const next = guides[index + 1];
	return {
		...summarise(entry),
		component: entry.component,
		relatedLinks: entry.related.map((path) => ({
			path: path as Pathname,
			label: labelFor(path, guides)
		})),
		previous: previous ? linkTo(previous) : null,
		next: next ? linkTo(next) : null
	};
}

export interface RoleCardSummary extends RoleCardFrontmatter {
	slug: string;
}

export interface RoleCard extends RoleCardSummary {
	component: Component;
}

const roleCardModules = import.meta.glob<GuideModule>('/content/role-cards/*.md', { eager: true });

let roleCards: RoleCard[] | undefined;

/** Parses every role card once; throws a ContentError (or one error listing them) for bad files. */
function loadRoleCards(): RoleCard[] {
	if (roleCards) return roleCards;
	const errors: ContentError[] = [];
	const parsed = Object.entries(roleCardModules).flatMap(([path, module]): RoleCard[] => {
		try {
			return [
				{ ...parseRoleCard(path.replace(/^\//, ''), module.metadata), component: module.default }
			];
		} catch (error) {
			if (error instanceof ContentError) errors.push(error);
			else throw error;
			return [];
		}
	});
	if (errors.length === 1) throw errors[0];
	if (errors.length > 1)
		throw new Error(
			`${errors.length} role cards are invalid:\n${errors.map((e) => e.message).join('\n')}`
		);
	roleCards = parsed.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	return roleCards;
}

/** Every role card without its component, in `order`. */
export function listRoleCards(): RoleCardSummary[] {
	return loadRoleCards().map(({ component: _component, ...card }) => card);
}

/** One role card with its component; undefined for an unknown slug. */
export const getRoleCard = (slug: string): RoleCard | undefined =>
	loadRoleCards().find((card) => card.slug === slug);
