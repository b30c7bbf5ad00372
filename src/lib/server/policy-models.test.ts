import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDraftCheckModel, loadPolicyModel } from './policy-models';

function copyWith(file: string, change: (json: Record<string, unknown>) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'orgcraft-models-'));
	cpSync(join(process.cwd(), 'models', file), join(dir, file));
	const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
	change(json);
	writeFileSync(join(dir, file), JSON.stringify(json));
	return dir;
}

describe('policy models', () => {
	it('load the shipped files', () => {
		expect(loadPolicyModel().checklist).toHaveLength(8);
		expect(loadDraftCheckModel().aiPhrases.length).toBeGreaterThan(10);
	});

	it('name the file and field of a bad default', () => {
		const dir = copyWith('policy.json', (j) => {
			(j.areas as Record<string, { level: string }>)['brand-positioning']!.level = 'robots';
		});
		expect(() => loadPolicyModel(dir)).toThrow(
			/policy\.json: areas\["brand-positioning"\]\.level: expected one of ai-autonomous/
		);
	});

	it('refuses an AI phrase whose source is not listed', () => {
		const dir = copyWith('draft-check.json', (j) => {
			(j.aiPhrases as { source: string }[])[0]!.source = 'hearsay';
		});
		expect(() => loadDraftCheckModel(dir)).toThrow(
			/draft-check\.json: aiPhrases\[0\]\.source: expected the id/
		);
	});
});
