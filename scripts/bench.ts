/**
 * `npm run bench`: search performance, printed as numbers. For the real content and for a generated
 * corpus of 10,000 entries, in this machine's Chromium: bytes transferred and time from the visitor's
 * last action to results on screen, for a first query and for a filtered empty query.
 * Aims (issues 4 and 12), at 10,000 entries: the search page ≤ 150 kB with all it loads; a first filtered search
 * ≤ 120 kB and ≤ 100 ms to results. It also prints each build's time, per page, and peak memory (all its processes
 * together), with every language (≤ 15 ms a page, ≤ 1.5 GB at 10,000 entries). BENCH_CORPUS sets the corpus's size.
 * And the PDFs of the real content (issue 11): all of them from scratch, the English compendium and its size,
 * and the PDF work of a rebuild after one edit. Aims: all ≤ 90 s, compendium ≤ 30 s and ≤ 5 MB, one edit ≤ 10 s.
 * BENCH_ONLY=pdf or BENCH_ONLY=search runs one part.
 */
import { execFileSync, spawn } from 'node:child_process';
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

/** Every process under `pid` (itself included), by reading /proc. */
async function tree(pid: number): Promise<number[]> {
	const parents = new Map<number, number[]>();
	for (const name of await readdir('/proc').catch(() => [])) {
		if (!/^\d+$/.test(name)) continue;
		const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
		// The command name is in parentheses and may hold spaces: the parent's pid is the second field after it.
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		if (ppid) parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
	}
	const found = [pid];
	for (let i = 0; i < found.length; i++) found.push(...(parents.get(found[i]) ?? []));
	return found;
}

/** Resident memory of the process and all its children together, sampled until it ends: the peak, and each command's own peak. */
function samplePeak(pid: number) {
	let peak = 0;
	const byCommand = new Map<string, number>();
	const timer = setInterval(async () => {
		let total = 0;
		for (const child of await tree(pid)) {
			const status = await readFile(`/proc/${child}/status`, 'utf8').catch(() => '');
			const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
			const command = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
			total += rss;
			byCommand.set(command, Math.max(byCommand.get(command) ?? 0, rss));
		}
		peak = Math.max(peak, total);
	}, 100);
	return () => {
		clearInterval(timer);
		return { peak, byCommand };
	};
}

const GB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

/**
 * Builds into `outDir` and says how long it took, per page too, and the build's peak memory: all its
 * processes together (Astro's and Pagefind's), sampled from /proc. `--force`: the content cache would
 * otherwise keep file paths from an earlier corpus.
 */
async function build(outDir: string, env: Record<string, string> = {}): Promise<string> {
	const args = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, '--silent', '--force'];
	const started = performance.now();
	const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, PDF: 'off', ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
	const stop = samplePeak(child.pid!);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	const { peak, byCommand } = stop();
	if (code !== 0) throw new Error(`The build failed (exit code ${code})`);
	const ms = performance.now() - started;
	const pages = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html')).length;
	const each = [...byCommand].filter(([, rss]) => rss > 50 * 1024 ** 2).map(([command, rss]) => `${command} ${GB(rss)}`).join(', ');
	const memory = peak ? `, peak memory ${GB(peak)} (all processes together; each at its own peak: ${each})` : '';
	return `built in ${(ms / 1000).toFixed(1)} s: ${pages} pages in ${locales.length} languages, ${(ms / pages).toFixed(1)} ms a page${memory}`;
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
	/** What the page itself cost to load, before the visitor acted. */
	loadGzip: number;
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
		const loadGzip = (await Promise.all(server.requests.slice(0, before).map((r) => transferred(dir, r.path, r.bytes)))).reduce((a, b) => a + b, 0);
		if (scenario === 'query') await page.locator('#q').pressSequentially('integration', { delay: 120 });
		else {
			// Raw pointer events, as a visitor's: Playwright's check() also queries the page to verify the box,
			// on the page's main thread, within the time measured.
			const box = page.locator('.facet[data-facet="country"] input:visible').first();
			await box.scrollIntoViewIfNeeded();
			const { x, y, width, height } = (await box.boundingBox())!;
			await page.mouse.move(x + width / 2, y + height / 2);
			await page.mouse.down();
			await page.mouse.up();
		}
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
		return { ms: lastResult - lastAction, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), gzip, requests: requests.length, loadGzip };
	} finally {
		await Promise.all([browser.close(), server.close()]);
	}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function report(label: string, dir: string) {
	// The page lists one page of entries for visitors without JavaScript; its weight, and all it loads before any search.
	const html = await readFile(join(dir, 'en/search/index.html'));
	const samples: Record<'query' | 'filter', Sample[]> = { query: [], filter: [] };
	for (const scenario of ['query', 'filter'] as const) for (let i = 0; i < RUNS; i++) samples[scenario].push(await measure(dir, scenario));
	const load = median(samples.filter.map((s) => s.loadGzip));
	console.log(`${label.padEnd(22)} search page                              ${kB(load)} transferred with all it loads (aim 150 kB); its HTML ${kB(gzipSync(html).length)} (${kB(html.length)} as a file)`);
	for (const scenario of ['query', 'filter'] as const) {
		const name = scenario === 'query' ? 'first query ("integration", typed)' : 'filtered empty query (one country)';
		const runs = samples[scenario];
		console.log(
			`${label.padEnd(22)} ${name.padEnd(38)} results ${median(runs.map((s) => s.ms)).toFixed(0).padStart(4)} ms after the last action · ` +
				`${kB(median(runs.map((s) => s.gzip)))} transferred (gzip where a host would; ${kB(median(runs.map((s) => s.bytes)))} as files, ${median(runs.map((s) => s.requests))} requests)`,
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
