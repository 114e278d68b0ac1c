/**
 * `npm run bench`: search performance, printed as numbers. For the real content and for a generated
 * corpus of 10,000 entries, in this machine's Chromium: bytes transferred and time from the visitor's
 * last action to results on screen, for a first query and for a filtered empty query.
 * Aims (issue 4): ≤ 120 kB for a first filtered search at 10,000 entries; ≤ 100 ms to results.
 * It also prints each build's time, per page, and peak memory, with every language (issue 9: ≤ 15 ms a page,
 * ≤ 1.5 GB at 10,000 entries). BENCH_CORPUS sets the generated corpus's size.
 * And the PDFs of the real content (issue 11): all of them from scratch, the English compendium and its size,
 * and the PDF work of a rebuild after one edit. Aims: all ≤ 90 s, compendium ≤ 30 s and ≤ 5 MB, one edit ≤ 10 s.
 * BENCH_ONLY=pdf or BENCH_ONLY=search runs one part.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { readEntryFiles } from '../src/model/entry-files.ts';
import { buildPdfs } from '../src/integrations/pdf.ts';
import { urls } from '../src/i18n/urls.ts';
import { launchChromium } from './lib/browser.ts';
import { writeCorpus } from './lib/corpus.ts';
import { serveDirectory } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const work = await mkdtemp(join(tmpdir(), 'ip-bench-'));
const RUNS = 5;
const CORPUS_SIZE = Number(process.env.BENCH_CORPUS ?? 10_000);

/**
 * Builds into `outDir` and says how long it took, per page too, and the build's peak memory where GNU time is
 * there to measure it. `--force`: the content cache would otherwise keep file paths from an earlier corpus.
 */
async function build(outDir: string, env: Record<string, string> = {}): Promise<string> {
	const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent', '--force'];
	const timeFile = join(work, 'time.txt');
	const gnuTime = existsSync('/usr/bin/time');
	const [command, commandArgs] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
	const started = performance.now();
	execFileSync(command, commandArgs, { cwd: root, env: { ...process.env, PDF: 'off', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
	const ms = performance.now() - started;
	const pages = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html')).length;
	const peak = gnuTime ? `, peak memory ${(Number(await readFile(timeFile, 'utf8')) / 1024 / 1024).toFixed(2)} GB` : '';
	return `built in ${(ms / 1000).toFixed(1)} s: ${pages} pages in ${locales.length} languages, ${(ms / pages).toFixed(1)} ms a page${peak}`;
}

/** The bytes a host would send: the file as it is, or gzipped where it is text that a host compresses. */
async function transferred(dir: string, path: string, bytes: number): Promise<number> {
	if (!/\.(js|css|html|json|svg)$/.test(path)) return bytes;
	return gzipSync(await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path))).length;
}

interface Sample {
	ms: number;
	bytes: number;
	gzip: number;
	requests: number;
}

async function measure(dir: string, scenario: 'query' | 'filter'): Promise<Sample> {
	const [browser, server] = await Promise.all([launchChromium(), serveDirectory(dir)]);
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}/en/search/`);
		// A visitor reads the page before searching: let the browser finish laying it out first.
		await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 3000 }), 500)));
		await page.evaluate(() => {
			const w = window as unknown as { lastAction: number; lastResult: number };
			w.lastAction = 0;
			w.lastResult = 0;
			for (const type of ['input', 'change']) document.addEventListener(type, () => (w.lastAction = performance.now()), true);
			// On screen: the frame after the results changed has been drawn (a task queued from requestAnimationFrame runs after it).
			const drawn = () => requestAnimationFrame(() => setTimeout(() => (w.lastResult = performance.now())));
			new MutationObserver(drawn).observe(document.querySelector('[data-results]')!, { childList: true });
		});
		const before = server.requests.length;
		if (scenario === 'query') await page.locator('#q').pressSequentially('integration', { delay: 120 });
		else await page.locator('.facet[data-facet="country"] input').first().check();
		await page.waitForFunction(() => /result/.test(document.querySelector('[data-count-text]')!.textContent!) && !document.querySelector('[aria-busy]'));
		await page.waitForTimeout(300);
		const { lastAction, lastResult } = await page.evaluate(() => {
			const w = window as unknown as { lastAction: number; lastResult: number };
			return { lastAction: w.lastAction, lastResult: w.lastResult };
		});
		const requests = server.requests.slice(before);
		const sizes = await Promise.all(requests.map((r) => transferred(dir, r.path, r.bytes)));
		const gzip = sizes.reduce((a, b) => a + b, 0);
		if (process.env.BENCH_VERBOSE) {
			const groups = new Map<string, number>();
			requests.forEach((r, i) => {
				const group = r.path.replace(/[._][0-9a-f]{6,}.*$|\/[^/]+\.pf_\w+$/, '');
				groups.set(group, (groups.get(group) ?? 0) + sizes[i]);
			});
			console.log(scenario, Object.fromEntries([...groups].map(([k, v]) => [k, kB(v)])));
		}
		return { ms: lastResult - lastAction, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), gzip, requests: requests.length };
	} finally {
		await Promise.all([browser.close(), server.close()]);
	}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function report(label: string, dir: string) {
	// The page itself lists every entry (it must work without JavaScript): its weight, before any search.
	const html = await readFile(join(dir, 'en/search/index.html'));
	console.log(`${label.padEnd(22)} search page (every entry listed)        ${kB(gzipSync(html).length)} transferred (${kB(html.length)} as a file)`);
	for (const scenario of ['query', 'filter'] as const) {
		const samples: Sample[] = [];
		for (let i = 0; i < RUNS; i++) samples.push(await measure(dir, scenario));
		const name = scenario === 'query' ? 'first query ("integration", typed)' : 'filtered empty query (one country)';
		console.log(
			`${label.padEnd(22)} ${name.padEnd(38)} results ${median(samples.map((s) => s.ms)).toFixed(0).padStart(4)} ms after the last action · ` +
				`${kB(median(samples.map((s) => s.gzip)))} transferred (gzip where a host would; ${kB(median(samples.map((s) => s.bytes)))} as files, ${median(samples.map((s) => s.requests))} requests)`,
		);
	}
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The PDF step on the real content: from an empty cache, then after one entry is edited and the site rebuilt. */
async function pdfReport() {
	const content = join(work, 'pdf-content');
	await cp(join(root, 'content'), content, { recursive: true });
	const dist = join(work, 'pdf-dist');
	const cache = join(work, 'pdf-cache');
	await build(dist, { CONTENT_DIR: content, PDF: 'on' });
	const all = await buildPdfs(dist, cache, () => {});
	const compendium = all.pdfs.find((pdf) => pdf.pdf === urls.compendiumPdf('en'))!;
	console.log(`PDFs from scratch       ${all.pdfs.length} PDFs in ${seconds(all.ms)} (aim 90 s)`);
	console.log(`English compendium      printed in ${seconds(compendium.ms)} (aim 30 s), ${(compendium.bytes / 1e6).toFixed(2)} MB (aim 5 MB)`);
	// One edit: a sentence added to one practice, then the site and its PDFs again.
	await appendFile(join(content, 'practices/en/bilbao-anti-rumours-strategy.mdx'), '\nOne sentence added for the benchmark.\n');
	await build(dist, { CONTENT_DIR: content, PDF: 'on' });
	const edit = await buildPdfs(dist, cache, () => {});
	const printed = edit.pdfs.filter((pdf) => pdf.printed).map((pdf) => pdf.pdf);
	console.log(`Rebuild after one edit  ${seconds(edit.ms)} of PDF work (aim 10 s): ${printed.length} printed (${printed.join(', ')}), ${edit.pdfs.length - printed.length} reused`);
}

/** The search page on the real content and on the generated corpus, with each build's time and memory. */
async function searchReport() {
	console.log(`Search benchmark, median of ${RUNS} runs each, fresh browser per run.\n`);
	const realDist = join(work, 'real');
	console.log(`Real content: ${await build(realDist)}`);
	await report('real content', realDist);

	const corpus = join(work, 'corpus');
	const model = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
	await writeCorpus(corpus, CORPUS_SIZE, model, await readFile(join(root, 'content/sources.yaml'), 'utf8'));
	await cp(join(root, 'content/pages'), join(corpus, 'pages'), { recursive: true });
	const corpusDist = join(work, 'corpus-dist');
	console.log(`\nGenerated corpus of ${CORPUS_SIZE} entries (English only: other languages fall back): ${await build(corpusDist, { CONTENT_DIR: corpus })}`);
	await report(`${CORPUS_SIZE} entries`, corpusDist);
}

try {
	if (process.env.BENCH_ONLY !== 'search') {
		console.log('PDF benchmark, real content.\n');
		await pdfReport();
		console.log('');
	}
	if (process.env.BENCH_ONLY !== 'pdf') await searchReport();
} finally {
	await rm(work, { recursive: true, force: true });
	// Astro's content cache now points at the removed corpus: sync it back to the real content for the next build.
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--force'], { cwd: root, stdio: 'ignore' });
}
