import { describe, expect, it } from 'vitest';
import { profile } from '../assessment/testing';
import { resolveProfile } from './profile-source';

const input = profile({ audiences: 5 });
const scenario = profile({ audiences: 4 });
const workspace = profile({ audiences: 3 });
const fallback = profile({ audiences: 2 });

describe('resolveProfile', () => {
	it('takes the input, then the scenario, then the workspace, then the default', () => {
		expect(resolveProfile({ input, scenario, workspace, fallback })).toEqual({
			profile: input,
			source: 'input'
		});
		expect(resolveProfile({ scenario, workspace, fallback })).toEqual({
			profile: scenario,
			source: 'scenario'
		});
		expect(resolveProfile({ scenario: null, workspace, fallback })).toEqual({
			profile: workspace,
			source: 'workspace'
		});
		expect(resolveProfile({ workspace: null, fallback })).toEqual({
			profile: fallback,
			source: 'default'
		});
	});
});
