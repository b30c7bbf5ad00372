import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatPath } from '$lib/domain/shared/issues';
import { workflowTemplateSchema, type WorkflowTemplate } from '$lib/domain/workflow/schema';
import { loadCatalogue } from './catalogue';
import { ModelError, parseFile, shown, type ModelIssue } from './models';

const defaultDir = () => join(process.cwd(), 'models');

/** The folder's JSON files, sorted by name; a missing or empty folder is a ModelError. */
function listJson(folder: string): string[] {
	let names: string[];
	try {
		names = readdirSync(folder).filter((n) => n.endsWith('.json'));
	} catch {
		throw new ModelError([{ file: shown(folder), path: '', message: 'folder not found' }]);
	}
	if (names.length === 0)
		throw new ModelError([
			{ file: shown(folder), path: '', message: 'expected workflow template files' }
		]);
	return names.sort().map((n) => join(folder, n));
}

/** Issues a valid template can still have: its id must name the file, its activities exist. */
function crossIssues(file: string, shown: string, t: WorkflowTemplate, known: Set<string>) {
	const issues: ModelIssue[] = [];
	const name = basename(file, '.json');
	if (t.id !== name)
		issues.push({
			file: shown,
			path: 'id',
			message: `expected "${name}" to match the file name, found "${t.id}"`
		});
	t.phases.forEach((p, pi) =>
		p.steps.forEach((s, si) => {
			if (!known.has(s.activityId))
				issues.push({
					file: shown,
					path: formatPath(['phases', pi, 'steps', si, 'activityId']),
					message: `expected an activity id from models/activities.json, found "${s.activityId}"`
				});
		})
	);
	return issues;
}

function readTemplates(dir: string): WorkflowTemplate[] {
	const known = new Set(loadCatalogue(dir).activities.map((a) => a.id));
	const issues: ModelIssue[] = [];
	const templates: WorkflowTemplate[] = [];
	for (const file of listJson(join(dir, 'workflow-templates'))) {
		const parsed = parseFile(file, workflowTemplateSchema);
		if (!parsed.ok) {
			issues.push(...parsed.issues);
			continue;
		}
		const found = crossIssues(file, shown(file), parsed.value, known);
		if (found.length === 0) templates.push(parsed.value);
		issues.push(...found);
	}
	if (issues.length > 0) throw new ModelError(issues);
	return templates;
}

const cache = new Map<string, WorkflowTemplate[]>();

/**
 * Every workflow template in `<dir>/workflow-templates/*.json` (dir defaults to models/ under the
 * working directory), sorted by file name. Each is validated by its schema, its id must equal its
 * file name and every activityId must exist in `<dir>/activities.json`. Throws ModelError naming
 * file and field, e.g. `models/workflow-templates/paid-campaign.json: phases[1].steps[0].activityId:
 * expected an activity id from models/activities.json, found "ad-design"`. Returns a copy.
 */
export function loadWorkflowTemplates(dir: string = defaultDir()): WorkflowTemplate[] {
	const key = resolve(dir);
	const templates = cache.get(key) ?? readTemplates(key);
	cache.set(key, templates);
	return structuredClone(templates);
}

/** One template by id, or undefined when no template file has that id. */
export function getWorkflowTemplate(
	id: string,
	dir: string = defaultDir()
): WorkflowTemplate | undefined {
	return loadWorkflowTemplates(dir).find((t) => t.id === id);
}
