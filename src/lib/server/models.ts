import { readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { demoWorkspaceSchema, type DemoWorkspace } from '$lib/domain/scenario/demo';
import { checkDesign, errorsOf } from '$lib/domain/scenario/rules';
import { starterIds, starterSchema, type Starter } from '$lib/domain/scenario/starter';
import { formatPath, zodIssues } from '$lib/domain/shared/issues';

/** One problem in a model file: the file, the field path in it ('' for the whole file), why. */
export interface ModelIssue {
	file: string;
	path: string;
	message: string;
}

/** A model file is missing, unreadable or invalid; the message has one line per issue. */
export class ModelError extends Error {
	readonly issues: ModelIssue[];

	constructor(issues: ModelIssue[]) {
		super(issues.map((i) => [i.file, i.path, i.message].filter(Boolean).join(': ')).join('\n'));
		this.name = 'ModelError';
		this.issues = issues;
	}
}

const defaultDir = () => join(process.cwd(), 'models');

/** The file as a reader finds it: relative to the project root when inside it. */
export function shown(file: string): string {
	const rel = relative(process.cwd(), file);
	const path = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
	return path.split(sep).join('/');
}

function readFailure(err: unknown): string {
	if (err instanceof SyntaxError) return `expected valid JSON (${err.message})`;
	if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'file not found';
	return err instanceof Error ? err.message : String(err);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

/** Reads and validates one JSON model file; every issue names the file and the field path. */
export function parseFile<T>(file: string, schema: z.ZodType<T>): Parsed<T> {
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (err) {
		return { ok: false, issues: [{ file: shown(file), path: '', message: readFailure(err) }] };
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, issues: zodIssues(parsed.error).map((i) => ({ file: shown(file), ...i })) };
}

/** The id must name the file, and the design must break no rule (warnings are allowed). */
function starterIssues(file: string, starter: Starter): ModelIssue[] {
	const name = basename(file, '.json');
	const issues: ModelIssue[] = errorsOf(checkDesign(starter.design)).map((issue) => ({
		file: shown(file),
		path: formatPath(['design', ...issue.path]),
		message: issue.message
	}));
	const known = (starterIds as readonly string[]).includes(name);
	if (!known || starter.id !== name)
		issues.unshift({
			file: shown(file),
			path: 'id',
			message: known
				? `expected "${name}" to match the file name, found "${starter.id}"`
				: `"${name}" is not a starter; expected a file named after one of ${starterIds.join(', ')}`
		});
	return issues;
}

function listJson(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder).filter((n) => n.endsWith('.json'));
	} catch (err) {
		throw new ModelError([{ file: shown(folder), path: '', message: readFailure(err) }]);
	}
	if (names.length === 0)
		throw new ModelError([{ file: shown(folder), path: '', message: 'expected starter files' }]);
	return names.map((n) => join(folder, n));
}

function readStarters(dir: string): Starter[] {
	const issues: ModelIssue[] = [];
	const starters: Starter[] = [];
	for (const file of listJson(join(dir, 'starters'))) {
		const parsed = parseFile(file, starterSchema);
		const found = parsed.ok ? starterIssues(file, parsed.value) : parsed.issues;
		if (parsed.ok && found.length === 0) starters.push(parsed.value);
		issues.push(...found);
	}
	if (issues.length > 0) throw new ModelError(issues);
	const rank = (s: Starter) => starterIds.indexOf(s.id);
	return starters.sort((a, b) => rank(a) - rank(b));
}

const starterCache = new Map<string, Starter[]>();
const demoCache = new Map<string, DemoWorkspace>();

/**
 * Every starter in `<dir>/starters/*.json` (dir defaults to models/ under the working directory),
 * validated and in the fixed order of starterIds. Throws ModelError naming file and field.
 */
export function loadStarters(dir: string = defaultDir()): Starter[] {
	const key = resolve(dir);
	const starters = starterCache.get(key) ?? readStarters(key);
	starterCache.set(key, starters);
	return structuredClone(starters);
}

/** One starter by id, or undefined when no starter file has that id. */
export function getStarter(id: string, dir: string = defaultDir()): Starter | undefined {
	return loadStarters(dir).find((s) => s.id === id);
}

function readDemo(dir: string): DemoWorkspace {
	const file = join(dir, 'demo-workspace.json');
	const parsed = parseFile(file, demoWorkspaceSchema);
	if (!parsed.ok) throw new ModelError(parsed.issues);
	const loaded = loadStarters(dir).map((s) => s.id);
	const issues = parsed.value.scenarios.flatMap((s, i) =>
		loaded.includes(s.from)
			? []
			: [
					{
						file: shown(file),
						path: formatPath(['scenarios', i, 'from']),
						message: `expected one of the loaded starters (${loaded.join(', ')}), found "${s.from}"`
					}
				]
	);
	if (issues.length > 0) throw new ModelError(issues);
	return parsed.value;
}

/**
 * `<dir>/demo-workspace.json`: the scenarios a demo workspace starts with. Each `from` must name
 * a loaded starter and at most one scenario is current. Throws ModelError naming file and field.
 */
export function loadDemoWorkspace(dir: string = defaultDir()): DemoWorkspace {
	const key = resolve(dir);
	const demo = demoCache.get(key) ?? readDemo(key);
	demoCache.set(key, demo);
	return structuredClone(demo);
}
