/**
 * Measurements in this machine's Chromium, of any built site served from a folder: the bytes and the time
 * from a visitor's last action to search results on screen, and what a page weighs as loaded.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './browser.ts';
import { serveDirectory } from './static-server.ts';

/** Where a site's search is and how it shows it is done. */
export interface SearchUi {
	/** The page a visitor searches from. */
	path: string;
	/** A button that opens the search, where it is behind one. */
	open?: string;
	input: string;
	/** The element whose changes are the results being drawn. */
	results: string;
	/** True in the page once the results are complete (run in the browser: no closures). */
	done: () => boolean;
	/** The first option of a filter, where the search has filters. */
	filter?: string;
}

export type Scenario = 'query' | 'filter';
export const QUERY = 'integration';

export interface Sample {
	ms: number;
	bytes: number;
	gzip: number;
	requests: number;
	/** What the page itself cost to load, before the visitor acted. */
	loadGzip: number;
}

/** The bytes a host would send: the file as it is, or gzipped where it is text that a host compresses. */
export async function transferred(dir: string, path: string, bytes: number): Promise<number> {
	if (!/\.(m?js|css|html|json|svg|xml)$|\/$/.test(path)) return bytes;
	// A path with no file of its own was answered with the not-found page: count the bytes sent.
	const file = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path)).catch(() => undefined);
	return file ? gzipSync(file).length : bytes;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** One search in a fresh browser: typing the query, or ticking the first filter option. */
export async function timeSearch(dir: string, ui: SearchUi, scenario: Scenario): Promise<Sample> {
	const [browser, server] = await Promise.all([launchChromium(), serveDirectory(dir)]);
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}${ui.path}`);
		// A visitor reads the page before searching: let the browser finish laying it out first.
		await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 3000 }), 500)));
		const before = server.requests.length;
		const loadGzip = sum(await Promise.all(server.requests.slice(0, before).map((r) => transferred(dir, r.path, r.bytes))));
		if (ui.open) await page.locator(ui.open).click();
		await page.evaluate((results) => {
			const w = window as unknown as { lastAction: number; lastResult: number };
			w.lastAction = 0;
			w.lastResult = 0;
			for (const type of ['input', 'change']) document.addEventListener(type, () => (w.lastAction = performance.now()), true);
			// On screen: the frame after the results changed has been drawn (a task queued from requestAnimationFrame runs after it).
			const drawn = () => requestAnimationFrame(() => setTimeout(() => (w.lastResult = performance.now())));
			new MutationObserver(drawn).observe(document.querySelector(results)!, { childList: true, subtree: true });
		}, ui.results);
		if (scenario === 'query') await page.locator(ui.input).pressSequentially(QUERY, { delay: 120 });
		else {
			if (!ui.filter) throw new Error(`${ui.path} has no filter to measure`);
			// Raw pointer events, as a visitor's: Playwright's check() also queries the page to verify the box,
			// on the page's main thread, within the time measured.
			const box = page.locator(ui.filter).first();
			await box.scrollIntoViewIfNeeded();
			const { x, y, width, height } = (await box.boundingBox())!;
			await page.mouse.move(x + width / 2, y + height / 2);
			await page.mouse.down();
			await page.mouse.up();
		}
		await page.waitForFunction(ui.done);
		await page.waitForTimeout(300);
		const { lastAction, lastResult } = await page.evaluate(() => {
			const w = window as unknown as { lastAction: number; lastResult: number };
			return { lastAction: w.lastAction, lastResult: w.lastResult };
		});
		const requests = server.requests.slice(before);
		const gzip = sum(await Promise.all(requests.map((r) => transferred(dir, r.path, r.bytes))));
		return { ms: lastResult - lastAction, bytes: sum(requests.map((r) => r.bytes)), gzip, requests: requests.length, loadGzip };
	} finally {
		await Promise.all([browser.close(), server.close()]);
	}
}

export interface PageWeight {
	/** The HTML, gzipped. */
	html: number;
	/** All the JavaScript the page loads before any interaction, gzipped. */
	js: number;
	/** Everything it loads, gzipped where a host would. */
	total: number;
}

/** What a page loads, in a fresh browser, until it is idle. */
export async function pageWeight(dir: string, path: string): Promise<PageWeight> {
	const [browser, server] = await Promise.all([launchChromium(), serveDirectory(dir)]);
	try {
		const page = await browser.newPage();
		const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
		await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 3000 }), 500)));
		const sizes = await Promise.all(server.requests.map(async (r) => ({ path: r.path, gzip: await transferred(dir, r.path, r.bytes) })));
		return {
			html: sizes.find((r) => r.path === path)?.gzip ?? 0,
			js: sum(sizes.filter((r) => /\.m?js$/.test(r.path)).map((r) => r.gzip)),
			total: sum(sizes.map((r) => r.gzip)),
		};
	} finally {
		await Promise.all([browser.close(), server.close()]);
	}
}
