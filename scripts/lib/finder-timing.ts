/**
 * The situation finder's figures on a built site (issue 22): what its index weighs for one language, gzipped as a
 * host would send it, and how long results take after the last keystroke, in this machine's Chromium (the
 * page ranks as the visitor types, so that is the input handler's time) and in Node for the ranking alone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type FinderIndex, rank } from '../../src/model/finder.ts';
import { urls } from '../../src/i18n/urls.ts';
import { launchChromium } from './browser.ts';
import { serveDirectory } from './static-server.ts';

export const SITUATION = 'rumours about refugees are spreading in our neighbourhood';

export interface FinderFigures {
	indexGzip: number;
	indexBytes: number;
	/** Median time to rank the situation in Node, and from the last keystroke to the results drawn in Chromium. */
	rankMs: number;
	pageMs: number;
	results: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function timeFinder(dist: string, runs = 5): Promise<FinderFigures> {
	const file = await readFile(join(dist, urls.finderIndex('en')));
	const index = JSON.parse(file.toString('utf8')) as FinderIndex;
	const nodeRuns = Array.from({ length: runs }, () => {
		const start = performance.now();
		rank(index, { q: SITUATION }, 'en');
		return performance.now() - start;
	});
	const [browser, server] = await Promise.all([launchChromium(), serveDirectory(dist)]);
	const pageRuns: number[] = [];
	let results = 0;
	try {
		for (let run = 0; run < runs; run++) {
			const page = await browser.newPage();
			await page.goto(server.url + urls.finder('en'));
			await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-finder]')?.dataset.ready === 'true');
			// The last keystroke: the situation's text is in, and its input event is what draws the results.
			const measured = await page.evaluate((text) => {
				const area = document.querySelector<HTMLTextAreaElement>('#finder-q')!;
				area.value = text;
				const start = performance.now();
				area.dispatchEvent(new Event('input', { bubbles: true }));
				return { ms: performance.now() - start, results: document.querySelectorAll('[data-finder-list] li').length };
			}, SITUATION);
			pageRuns.push(measured.ms);
			results = measured.results;
			await page.close();
		}
	} finally {
		await Promise.all([browser.close(), server.close()]);
	}
	return { indexGzip: gzipSync(file).length, indexBytes: file.length, rankMs: median(nodeRuns), pageMs: median(pageRuns), results };
}

export const describeFinder = (figures: FinderFigures) =>
	`index ${(figures.indexGzip / 1024).toFixed(1)} kB gzipped (aim 60 kB; ${(figures.indexBytes / 1024).toFixed(1)} kB as a file) · results ${figures.pageMs.toFixed(1)} ms after the last keystroke in Chromium (aim 100 ms; ranking alone ${figures.rankMs.toFixed(1)} ms in Node) · ${figures.results} results for "${SITUATION}"`;
