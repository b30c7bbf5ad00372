// The editor page users open, measured in headless Chromium: a scenario stored through the API,
// opened by navigation, first frame = the chart's performance mark; an edit at 1,000 seats
// through the side panel; then d3-org-chart drawing the same seats in the same browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST_FRAME = 'orgchart:first-frame';
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US')} ms`;
const seats = (n) => n.toLocaleString('en-US');

/** Stores `org` as a new scenario through the public API and answers its id. */
async function storeScenario(session, org, n) {
	const { url, name, value } = session;
	const response = await fetch(`${url}/api/v1/scenarios`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: url, cookie: `${name}=${value}` },
		body: JSON.stringify({
			scenario: { name: `Bench org of ${seats(n)} seats`, structure: 'custom', ...org }
		})
	});
	if (response.status !== 201)
		throw new Error(`storing ${n} seats answered ${response.status}: ${await response.text()}`);
	return (await response.json()).id;
}

/**
 * One full page load of `address`, started from `from` (a blank tab, or another Orgcraft page):
 * first chart frame, first paint, server answer, when the scripts had arrived and the HTML size.
 */
async function openOnce(page, address, from) {
	await page.goto(from);
	await page.goto(address, { waitUntil: 'commit' });
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME, {
		timeout: 120_000,
		polling: 50
	});
	return page.evaluate((mark) => {
		const [nav] = performance.getEntriesByType('navigation');
		const scripts = performance
			.getEntriesByType('resource')
			.filter((e) => e.name.includes('/_app/immutable/') && e.name.endsWith('.js'));
		return {
			frame: performance.getEntriesByName(mark)[0].startTime,
			paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			server: nav.responseStart - nav.requestStart,
			html: nav.decodedBodySize,
			scripts: Math.max(...scripts.map((e) => e.responseEnd))
		};
	}, FIRST_FRAME);
}

/** First paint of `address` opened from a blank tab: what a new tab costs before any chart. */
async function firstPaint(page, address) {
	await page.goto('about:blank');
	await page.goto(address, { waitUntil: 'load' });
	await page.waitForFunction(
		() => performance.getEntriesByName('first-contentful-paint').length > 0
	);
	return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
}

/**
 * A click on the scenario's name in the scenarios list (the app's own navigation, no page
 * load): from the click event to the chart's first frame.
 */
async function clickOnce(page, url, name) {
	await page.goto(`${url}/scenarios`, { waitUntil: 'load' });
	const link = page.getByRole('link', { name, exact: true });
	// Only a hydrated list routes in the app: SvelteKit's router then sets scrollRestoration.
	await page.waitForFunction(() => history.scrollRestoration === 'manual', null, {
		timeout: 60_000
	});
	await page.evaluate((mark) => {
		performance.clearMarks(mark);
		addEventListener('click', () => performance.mark('bench:click'), { capture: true, once: true });
	}, FIRST_FRAME);
	await link.click();
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME, {
		timeout: 120_000,
		polling: 50
	});
	return page.evaluate(
		(mark) =>
			performance.getEntriesByName(mark)[0].startTime -
			performance.getEntriesByName('bench:click')[0].startTime,
		FIRST_FRAME
	);
}

/**
 * Moves one seat between two managers through the "Reports to" list, `times` times: from the
 * change event to the frame after the chart redrew (commit, rules, layout, scene, draw).
 */
async function editTimes(page, times) {
	const tree = page.getByRole('tree');
	await tree.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	const select = page.getByLabel('Reports to');
	await select.waitFor();
	return select.evaluate(async (el, times) => {
		const next = () =>
			new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
		const first = el.value;
		const other = [...el.options].map((o) => o.value).find((v) => v && v !== first);
		const results = [];
		for (let i = 0; i < times; i++) {
			const start = performance.now();
			el.value = i % 2 === 0 ? other : first;
			el.dispatchEvent(new Event('change', { bubbles: true }));
			await next();
			results.push(performance.now() - start);
			await new Promise((resolve) => setTimeout(resolve, 30));
		}
		return results;
	}, times);
}

/** d3-org-chart on a blank page, libraries served from node_modules: render to settled frame. */
async function d3OrgChart(context, root, org, expandAll) {
	const page = await context.newPage();
	const files = {
		'/d3.js': 'node_modules/d3/dist/d3.min.js',
		'/flextree.js': 'node_modules/d3-flextree/build/d3-flextree.min.js',
		'/org-chart.js': 'node_modules/d3-org-chart/build/d3-org-chart.min.js'
	};
	await page.route('http://reference.test/**', (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/')
			return route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><body style="margin:0"><div id="chart" style="height:800px"></div>${Object.keys(
					files
				)
					.map((f) => `<script src="${f}"></script>`)
					.join('')}</body>`
			});
		return route.fulfill({
			contentType: 'text/javascript',
			body: readFileSync(join(root, files[path]))
		});
	});
	await page.goto('http://reference.test/');
	const data = org.seats.map((s) => ({
		id: s.id,
		parentId: s.managerId ?? '',
		title: s.title,
		name: s.personName ?? 'Open seat'
	}));
	const time = await page.evaluate(
		async ({ data, expandAll }) => {
			const start = performance.now();
			const chart = new window.d3.OrgChart()
				.container('#chart')
				.data(data)
				.duration(0)
				.nodeContent((d) => `<div><b>${d.data.title}</b><br>${d.data.name}</div>`);
			if (expandAll) chart.expandAll();
			chart.render();
			await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
			return performance.now() - start;
		},
		{ data, expandAll }
	);
	await page.close();
	return time;
}

/** Prints first frames at 1,000 and 10,000 seats, an edit at 1,000, and d3-org-chart's times. */
export async function editorBench({ context, session, generateOrg, root }) {
	const page = await context.newPage();
	console.log(
		'\nEditor page /scenarios/:id in headless Chromium, 1280×800, scenario stored via API'
	);
	console.log(
		'  first frame: from the navigation (or the click) to the chart first drawing its seats; median of 3 after 1 warm-up'
	);
	console.log('  · in the app: a click on the scenario in the scenarios list (no page load)');
	console.log(
		'  · reload: a full page load from another Orgcraft page (typed address, reload, bookmark)'
	);
	console.log(
		"  · new tab: a full page load from a blank tab (the browser starts a renderer process for the site, and the page's scripts start cold)"
	);
	const frames = new Map();
	for (const n of [1_000, 10_000]) {
		const org = generateOrg(n, 42);
		const name = `Bench org of ${seats(n)} seats`;
		const id = await storeScenario(session, org, n);
		const address = `${session.url}/scenarios/${id}`;
		const list = `${session.url}/scenarios`;
		await openOnce(page, address, list); // warm-up: a cold server's JIT
		const [reload, blank, clicks] = [[], [], []];
		for (let i = 0; i < 3; i++) {
			reload.push(await openOnce(page, address, list));
			blank.push(await openOnce(page, address, 'about:blank'));
			clicks.push(await clickOnce(page, session.url, name));
		}
		const frame = median(reload.map((r) => r.frame));
		frames.set(n, { frame, org });
		const line = (label, runs) =>
			`                ${label}  first frame ${ms(median(runs.map((r) => r.frame))).padStart(9)}  (first paint ${ms(median(runs.map((r) => r.paint)))}, scripts in by ${ms(median(runs.map((r) => r.scripts)))})`;
		console.log(
			`  ${seats(n).padStart(6)} seats  in the app first frame ${ms(median(clicks)).padStart(9)}  (server ${ms(median(reload.map((r) => r.server)))}, HTML ${(reload[0].html / 1024).toFixed(0)} KB)`
		);
		console.log(line('reload   ', reload));
		console.log(line('new tab  ', blank));
		if (n === 1_000) {
			const edits = await editTimes(page, 11);
			console.log(
				`                edit (move a seat: rules, layout, redraw) median ${ms(median(edits))}, worst ${ms(Math.max(...edits))}`
			);
			const floor = [];
			for (let i = 0; i < 3; i++) floor.push(await firstPaint(page, `${session.url}/scenarios`));
			console.log(
				`                a new tab's floor: the scenarios list (no chart) first paints at ${ms(median(floor))}`
			);
		}
	}
	await page.close();
	console.log(
		'\nd3-org-chart 3 on the same seats, same browser (no server; render to settled frame)'
	);
	for (const [n, { frame, org }] of frames) {
		const shown = await d3OrgChart(context, root, org, false);
		console.log(
			`  ${seats(n).padStart(6)} seats  default (top levels) ${ms(shown).padStart(9)}  ratio to our first frame on reload ${(shown / frame).toFixed(1)}×`
		);
		if (n > 1_000) continue;
		const all = await d3OrgChart(context, root, org, true);
		console.log(
			`                expanded (every seat) ${ms(all).padStart(9)}  ratio ${(all / frame).toFixed(1)}×`
		);
	}
}
