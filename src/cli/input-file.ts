import { resolve } from 'node:path';
import type { Issue } from '$lib/domain/shared/issues';

/** How the CLI reads files; tests pass a fake. Relative paths are resolved against `cwd`. */
export interface FileReader {
	readFile(path: string): Promise<string> | string;
	cwd: string;
}

/** Run settings given on the command line; they replace the file's `run.seed`/`run.replications`. */
export interface RunOverrides {
	seed?: number;
	replications?: number;
}

/** One problem with an input file: the file as typed, the field path ('' for the file) and why. */
export interface FileIssue extends Issue {
	file: string;
}

export type InputFile =
	| { ok: true; file: string; input: Record<string, unknown>; exported: boolean }
	| { ok: false; issues: FileIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function readFailure(err: unknown): string {
	const code = (err as NodeJS.ErrnoException | null)?.code;
	if (code === 'ENOENT') return 'file not found';
	if (code === 'EISDIR') return 'expected a file, found a folder';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
	return `cannot be read (${err instanceof Error ? err.message : String(err)})`;
}

/** `file: path: message`, or `file: message` for the file as a whole. */
export const issueLine = (i: FileIssue) => [i.file, i.path, i.message].filter(Boolean).join(': ');

/**
 * A scenario exported from the app is the design itself: it becomes `{ scenario }` and issue
 * paths drop the `scenario.` they gain, so they point into the file as written.
 */
export function unwrapPath(path: string): string {
	if (path === 'scenario') return '';
	return path.startsWith('scenario.') ? path.slice('scenario.'.length) : path;
}

/**
 * Reads one input file, in the simulation input format or as a scenario exported from the app
 * (then wrapped as `{ scenario }`), and applies the command line's run settings. Checks only that
 * the file exists and holds a JSON object; parseSimulationInput checks the rest.
 */
export async function readInputFile(
	file: string,
	reader: FileReader,
	overrides: RunOverrides
): Promise<InputFile> {
	const fail = (message: string): InputFile => ({
		ok: false,
		issues: [{ file, path: '', message }]
	});
	let text: string;
	try {
		text = await reader.readFile(resolve(reader.cwd, file));
	} catch (err) {
		return fail(readFailure(err));
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		return fail(`expected valid JSON (${err instanceof Error ? err.message : String(err)})`);
	}
	if (!isObject(raw))
		return fail('expected a JSON object with a "scenario" (or a scenario exported from the app)');
	const exported = !('scenario' in raw) && 'seats' in raw;
	const input: Record<string, unknown> = exported ? { scenario: raw } : { ...raw };
	const given = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
	if (Object.keys(given).length > 0 && (input.run === undefined || isObject(input.run)))
		input.run = { ...(input.run ?? {}), ...given };
	return { ok: true, file, input, exported };
}

/** Issues of a file's input with the file named and, for an exported scenario, paths unwrapped. */
export const fileIssues = (
	read: { file: string; exported: boolean },
	issues: Issue[]
): FileIssue[] =>
	issues.map((i) => ({
		file: read.file,
		path: read.exported ? unwrapPath(i.path) : i.path,
		message: i.message
	}));
