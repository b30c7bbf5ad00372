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

/** One navigation: first chart frame, server answer and HTML size, from the page's timings. */
async function openOnce(page, address) {
	await page.goto('about:blank');
	await page.goto(address, { waitUntil: 'commit' });
	await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_FRAME, {
		timeout: 120_000,
		polling: 50
	});
	return page.evaluate((mark) => {
		const [nav] = performance.getEntriesByType('navigation');
		return {
			frame: performance.getEntriesByName(mark)[0].startTime,
			server: nav.responseStart - nav.requestStart,
			html: nav.decodedBodySize
		};
	}, FIRST_FRAME);
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
		'  first frame: navigation start to the chart first drawing its seats, median of 3 after 1 warm-up'
	);
	const frames = new Map();
	for (const n of [1_000, 10_000]) {
		const org = generateOrg(n, 42);
		const id = await storeScenario(session, org, n);
		const runs = [];
		await openOnce(page, `${session.url}/scenarios/${id}`); // warm-up: a cold server's JIT
		for (let i = 0; i < 3; i++) runs.push(await openOnce(page, `${session.url}/scenarios/${id}`));
		const frame = median(runs.map((r) => r.frame));
		frames.set(n, { frame, org });
		console.log(
			`  ${seats(n).padStart(6)} seats  first frame ${ms(frame).padStart(9)}  (server ${ms(median(runs.map((r) => r.server)))}, HTML ${(runs[0].html / 1024).toFixed(0)} KB)`
		);
		if (n === 1_000) {
			const edits = await editTimes(page, 11);
			console.log(
				`                edit (move a seat: rules, layout, redraw) median ${ms(median(edits))}, worst ${ms(Math.max(...edits))}`
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
			`  ${seats(n).padStart(6)} seats  default (top levels) ${ms(shown).padStart(9)}  ratio to our first frame ${(shown / frame).toFixed(1)}×`
		);
		if (n > 1_000) continue;
		const all = await d3OrgChart(context, root, org, true);
		console.log(
			`                expanded (every seat) ${ms(all).padStart(9)}  ratio ${(all / frame).toFixed(1)}×`
		);
	}
}
