/**
 * `npm run bench`: performance, printed as numbers (never a pass or a fail). Three parts, each alone with
 * BENCH_ONLY=pdf, real or corpora (a comma-separated list runs several):
 * - pdf: the PDFs of the real content (issues 11 and 23): all of them in six languages from scratch, the English
 *   compendium and its size, and the PDF work of a rebuild after one edit. Aims: all ≤ 180 s, compendium ≤ 30 s
 *   and ≤ 5 MB, one edit ≤ 10 s.
 * - real: the real content's build, its search page (issue 12), the situation finder's index and time to results
 *   (issue 22; aims ≤ 60 kB gzipped, ≤ 100 ms) and Lighthouse's scores for the home page, a
 *   practice page and the search page, with a phone's settings (issues 13 and 21; aim 100 in every category).
 * - corpora: generated corpora of 1,000 and 10,000 entries (BENCH_SIZES), each built with this site and, in
 *   the same run, with Starlight and its default search, side by side and as ratios (issue 13): build time,
 *   time a page and peak memory, Pagefind's index and indexing time, an entry page's weight, and the bytes
 *   and time to results of a first query and of a first filtered search, in Chromium, and the finder's figures. Aims at 10,000 entries
 *   (issue 12): the search page ≤ 150 kB with all it loads, a first filtered search ≤ 120 kB and ≤ 100 ms to
 *   results, ≤ 15 ms a page and ≤ 1.5 GB of memory for the build, all its processes together.
 */
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { urls } from '../src/i18n/urls.ts';
import { buildPdfs } from '../src/integrations/pdf.ts';
import { type EntryFile, readEntryFiles } from '../src/model/entry-files.ts';
import { type BuildRun, describeBuild, GB, runBuild } from './lib/build-run.ts';
import { generateCorpus, writeCorpus, writeMarkdownPages } from './lib/corpus.ts';
import { describeFinder, timeFinder } from './lib/finder-timing.ts';
import { runLighthouse } from './lib/lighthouse.ts';
import { buildStarlight, installReference, starlightIndexing, starlightSearch } from './lib/reference-site.ts';
import { pageWeight, QUERY, type Sample, type Scenario, type SearchUi, timeSearch } from './lib/search-timing.ts';
import { serveDirectory } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const work = await mkdtemp(join(tmpdir(), 'ip-bench-'));
const RUNS = 5;
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const PARTS = ['pdf', 'real', 'corpora'];
const parts = new Set((process.env.BENCH_ONLY ?? PARTS.join(',')).split(','));
const unknown = [...parts].filter((part) => !PARTS.includes(part));
if (unknown.length) throw new Error(`BENCH_ONLY names ${unknown.join(', ')}: the parts are ${PARTS.join(', ')}`);

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** This site's search page (English). */
const ourSearch: SearchUi = {
	path: urls.search('en'),
	input: '#q',
	results: '[data-results]',
	done: () => /result/.test(document.querySelector('[data-count-text]')!.textContent!) && !document.querySelector('[aria-busy]'),
	filter: '.facet[data-facet="country"] input:visible',
};

/** This site's build, without PDFs unless asked. */
const buildSite = (outDir: string, env: Record<string, string> = {}) => runBuild(root, outDir, { PDF: 'off', ...env });

/** The median of RUNS searches of one kind, each in a fresh browser. */
async function searches(dir: string, ui: SearchUi, scenario: Scenario): Promise<Sample> {
	const runs: Sample[] = [];
	for (let i = 0; i < RUNS; i++) runs.push(await timeSearch(dir, ui, scenario));
	const of = (key: keyof Sample) => median(runs.map((run) => run[key]));
	return { ms: of('ms'), bytes: of('bytes'), gzip: of('gzip'), requests: of('requests'), loadGzip: of('loadGzip') };
}

const describeSearch = (sample: Sample) => `results ${sample.ms.toFixed(0).padStart(4)} ms after the last action · ${kB(sample.gzip)} transferred (gzip where a host would; ${kB(sample.bytes)} as files, ${sample.requests} requests)`;

/** This site's search page: its weight, a first typed query and a first filtered search. */
async function searchReport(label: string, dir: string): Promise<Record<Scenario, Sample>> {
	const html = await readFile(join(dir, 'en/search/index.html'));
	const query = await searches(dir, ourSearch, 'query');
	const filter = await searches(dir, ourSearch, 'filter');
	console.log(`${label.padEnd(22)} search page                              ${kB(filter.loadGzip)} transferred with all it loads (aim 150 kB); its HTML ${kB(gzipSync(html).length)} (${kB(html.length)} as a file)`);
	console.log(`${label.padEnd(22)} ${`first query ("${QUERY}", typed)`.padEnd(40)} ${describeSearch(query)}`);
	console.log(`${label.padEnd(22)} ${'filtered empty query (one country)'.padEnd(40)} ${describeSearch(filter)}`);
	return { query, filter };
}

/** The PDF step on the real content: from an empty cache, then after one entry is edited and the site rebuilt. */
async function pdfReport() {
	console.log('PDF benchmark, real content.\n');
	const content = join(work, 'pdf-content');
	await cp(join(root, 'content'), content, { recursive: true });
	const dist = join(work, 'pdf-dist');
	const cache = join(work, 'pdf-cache');
	await buildSite(dist, { CONTENT_DIR: content, PDF: 'on' });
	const all = await buildPdfs(dist, cache, () => {});
	const compendium = all.pdfs.find((pdf) => pdf.pdf === urls.compendiumPdf('en'))!;
	console.log(`PDFs from scratch       ${all.pdfs.length} PDFs in six languages in ${seconds(all.ms)} (aim 180 s)`);
	console.log(`English compendium      printed in ${seconds(compendium.ms)} (aim 30 s), ${(compendium.bytes / 1e6).toFixed(2)} MB (aim 5 MB)`);
	// One edit: a sentence added to one practice, then the site and its PDFs again.
	await appendFile(join(content, 'practices/en/bilbao-anti-rumours-strategy.mdx'), '\nOne sentence added for the benchmark.\n');
	await buildSite(dist, { CONTENT_DIR: content, PDF: 'on' });
	const edit = await buildPdfs(dist, cache, () => {});
	const printed = edit.pdfs.filter((pdf) => pdf.printed).map((pdf) => pdf.pdf);
	console.log(`Rebuild after one edit  ${seconds(edit.ms)} of PDF work (aim 10 s): ${printed.length} printed (${printed.join(', ')}), ${edit.pdfs.length - printed.length} reused`);
	await rm(dist, { recursive: true, force: true });
}

/** The real content: its build, its search page, and Lighthouse on the home page (with its map), a practice page and the search page. */
async function realReport() {
	console.log(`Real content, medians of ${RUNS} runs each, a fresh browser per run.\n`);
	const dist = join(work, 'real');
	console.log(`Real content: ${describeBuild(await buildSite(dist), locales.length)}`);
	await searchReport('real content', dist);
	console.log(`${'real content'.padEnd(22)} situation finder (English)               ${describeFinder(await timeFinder(dist, RUNS))}`);
	console.log('\nLighthouse, its default (phone) settings, the site served gzipped from this machine (aim 100 in every category):');
	const server = await serveDirectory(dist, { gzip: true });
	try {
		for (const path of [urls.home('en'), urls.practice('en', 'bilbao-anti-rumours-strategy'), urls.search('en')]) {
			const { scores, failing } = await runLighthouse(`${server.url}${path}`);
			const lost = Object.entries(failing).flatMap(([category, audits]) => audits.map((audit) => `${category}: ${audit}`));
			console.log(`  ${path.padEnd(44)} ${Object.entries(scores).map(([category, score]) => `${category} ${score}`).join(' · ')}${lost.length ? `\n    points lost to: ${lost.join('; ')}` : ''}`);
		}
	} finally {
		await server.close();
	}
	await rm(dist, { recursive: true, force: true });
}

/** Bytes and files under a folder. */
async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
	const names = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = names.filter((entry) => entry.isFile());
	const sizes = await Promise.all(files.map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
	return { bytes: sizes.reduce((a, b) => a + b, 0), files: files.length };
}

/** One site's figures for the comparison table. */
interface Figures {
	build: BuildRun;
	index: { bytes: number; files: number; ms: number; pages: number };
	entry: Awaited<ReturnType<typeof pageWeight>>;
	query: Sample;
	filter?: Sample;
}

function ourIndexing(log: string): { ms: number; pages: number } {
	const found = /Indexed (\d+) pages in ([\d.]+) s\./.exec(log);
	if (!found) throw new Error('The build did not log its indexing time (integrations/pagefind.ts)');
	return { pages: Number(found[1]), ms: Number(found[2]) * 1000 };
}

/** Rows of the comparison: a label and each site's value, with how to print it; the ratio is this site's over Starlight's. */
function comparison(ours: Figures, starlight: Figures) {
	const perPage = (build: BuildRun) => build.ms / build.pages;
	const number = (value: number) => value.toLocaleString('en');
	const rows: [string, (f: Figures) => number | undefined, (value: number) => string][] = [
		['build time', (f) => f.build.ms, seconds],
		['pages built', (f) => f.build.pages, number],
		['time a page', (f) => perPage(f.build), (ms) => `${ms.toFixed(1)} ms`],
		['peak memory (all processes)', (f) => f.build.peak, GB],
		['Pagefind index, all languages', (f) => f.index.bytes, (bytes) => `${(bytes / 1e6).toFixed(1)} MB`],
		['Pagefind index files', (f) => f.index.files, number],
		['pages indexed', (f) => f.index.pages, number],
		['indexing time', (f) => f.index.ms, seconds],
		['indexing time a page', (f) => f.index.ms / f.index.pages, (ms) => `${ms.toFixed(2)} ms`],
		['entry page HTML (gzip)', (f) => f.entry.html, kB],
		['entry page JavaScript before interaction (gzip)', (f) => f.entry.js, kB],
		['entry page, all it loads (gzip)', (f) => f.entry.total, kB],
		[`first query ("${QUERY}"): transferred`, (f) => f.query.gzip, kB],
		['first query: time to results', (f) => f.query.ms, (ms) => `${ms.toFixed(0)} ms`],
		['first filtered search: transferred', (f) => f.filter?.gzip, kB],
		['first filtered search: time to results', (f) => f.filter?.ms, (ms) => `${ms.toFixed(0)} ms`],
	];
	const width = 50;
	console.log(`\n${''.padEnd(width)} ${'this site'.padStart(14)} ${'Starlight'.padStart(14)} ${'ratio'.padStart(8)}`);
	for (const [label, value, format] of rows) {
		const [a, b] = [value(ours), value(starlight)];
		const show = (v: number | undefined) => (v === undefined ? 'none' : format(v)).padStart(14);
		const ratio = a !== undefined && b ? `×${(a / b).toFixed(2)}` : '–';
		console.log(`${label.padEnd(width)} ${show(a)} ${show(b)} ${ratio.padStart(8)}`);
	}
}

/** A generated corpus, drawn from the words of `model`, built with this site and with Starlight, compared. */
async function corpusReport(size: number, model: EntryFile[]) {
	const entries = generateCorpus(size, model);
	// An entry page to weigh: a practice (the first twentieth are lessons), the same one in both sites.
	const slug = entries[Math.floor(size * 0.6)].slug;
	const corpus = join(work, `corpus-${size}`);
	await writeCorpus(corpus, entries, await readFile(join(root, 'content/sources.yaml'), 'utf8'));
	await cp(join(root, 'content/pages'), join(corpus, 'pages'), { recursive: true });
	const markdown = join(work, `markdown-${size}`);
	await writeMarkdownPages(markdown, entries);

	console.log(`\n${size.toLocaleString('en')} generated entries (this site: English, the other five languages falling back to it; Starlight: English).`);
	const dist = join(work, `corpus-${size}-dist`);
	const build = await buildSite(dist, { CONTENT_DIR: corpus });
	console.log(`This site: ${describeBuild(build, locales.length)}`);
	const { query, filter } = await searchReport(`${size} entries`, dist);
	console.log(`${`${size} entries`.padEnd(22)} situation finder (English)               ${describeFinder(await timeFinder(dist, RUNS))}`);
	const index = await folderSize(join(dist, 'pagefind'));
	const ours: Figures = { build, index: { ...index, ...ourIndexing(build.log) }, entry: await pageWeight(dist, urls.practice('en', slug)), query, filter };
	await rm(dist, { recursive: true, force: true });

	const starlightDist = join(work, `starlight-${size}-dist`);
	const starlightBuild = await buildStarlight(markdown, starlightDist);
	console.log(`Starlight: ${describeBuild(starlightBuild, 1)}`);
	const indexing = starlightIndexing(starlightBuild.log);
	if (!indexing) throw new Error('Starlight’s build did not log its Pagefind step');
	const starlight: Figures = {
		build: starlightBuild,
		index: { ...(await folderSize(join(starlightDist, 'pagefind'))), ...indexing },
		entry: await pageWeight(starlightDist, `/${slug}/`),
		query: await searches(starlightDist, starlightSearch, 'query'),
	};
	console.log(`Starlight ${`first query ("${QUERY}", typed)`.padEnd(40)} ${describeSearch(starlight.query)}`);
	await rm(starlightDist, { recursive: true, force: true });
	comparison(ours, starlight);
	console.log('Ratio: this site’s figure over Starlight’s. Starlight’s default search has no filters.');
	await rm(corpus, { recursive: true, force: true });
	await rm(markdown, { recursive: true, force: true });
}

try {
	if (parts.has('real') || parts.has('corpora')) installReference();
	if (parts.has('pdf')) await pdfReport();
	if (parts.has('real')) {
		if (parts.has('pdf')) console.log('');
		await realReport();
	}
	if (parts.has('corpora')) {
		console.log(`\nGenerated corpora, medians of ${RUNS} runs each, a fresh browser per run.`);
		const model = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
		for (const size of SIZES) await corpusReport(size, model);
	}
} finally {
	await rm(work, { recursive: true, force: true });
	// Astro's content cache now points at a removed corpus: sync it back to the real content for the next build.
	execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync', '--force'], { cwd: root, stdio: 'ignore' });
}
