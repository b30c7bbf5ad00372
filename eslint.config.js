import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import promise from 'eslint-plugin-promise';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const rawStore = {
	group: [
		'$lib/server/store/db',
		'$lib/server/store/engine/*',
		'$lib/server/store/schema',
		'$lib/server/store/testing'
	],
	message:
		'Use the verb modules in $lib/server/store/<area> (scenarios.update(actor, …)); only they touch the raw store.'
};
const components = {
	group: ['$lib/components/*'],
	message: 'Server code must not import components; move shared definitions to src/lib/domain.'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'test-results/',
			'playwright-report/',
			'.test-data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	promise.configs['flat/recommended'],
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts'] },
				tsconfigRootDir: import.meta.dirname
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig }
		}
	},
	{
		// Routes, components and the hooks reach the store only through its verb modules.
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/state/**', 'src/hooks.server.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [rawStore] }] }
	},
	{
		// Server code never depends on components: shared definitions live in the domain.
		files: ['src/lib/server/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [components] }] }
	},
	{
		files: ['src/**/*.server.ts', 'src/routes/**/+server.ts', 'src/hooks.server.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [rawStore, components] }] }
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	}
);
