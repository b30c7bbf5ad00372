import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// mdsvex output is not runes-ready; every other component is.
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	onwarn: (warning, handler) => {
		if (warning.code === 'script_context_deprecated' && warning.filename?.endsWith('.md')) return;
		handler(warning);
	},
	kit: {
		adapter: adapter(),
		// hooks.server.ts checks the Origin of every state-changing request itself (forms and the
		// JSON API alike), so API clients get the documented error body instead of a bare 403.
		csrf: { trustedOrigins: ['*'] },
		// Scripts only from this site; SvelteKit adds a nonce to its own inline start-up script.
		// Inline styles stay allowed: Svelte's style: directives and d3 set style attributes.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		// instrumentation.server.ts runs first and gives adapter-node the app's body limit.
		experimental: { instrumentation: { server: true } },
		alias: { $content: 'content' }
	}
};

export default config;
