/**
 * The build's PDF step, after the pages are built and indexed: in each language, the whole compendium
 * (/pdf/{locale}/compendium.pdf) and every practice and lesson, printed from its own page
 * (/pdf/{locale}/{collection}/{slug}.pdf) by headless Chromium (src/pdf/print.ts).
 * A PDF whose inputs (the page's HTML and the stylesheets) have not changed since the last build is reused from
 * the cache, so a rebuild after one edit prints only what changed. Then each "Download PDF" link gets its
 * file's size. PDF=off skips the step (src/config.ts).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDirectory } from '../../scripts/lib/static-server.ts';
import { pdfCache, pdfEnabled, siteUrl } from '../config.ts';
import { intl } from '../i18n/intl.ts';
import { isLocale, locales } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { listSubpaths, urls } from '../i18n/urls.ts';
import { printPage } from '../pdf/print.ts';

/** Part of every cache key: change it when the way PDFs are made changes. */
const PDF_FORMAT = 'pdf-1';
const collections = ['practices', 'lessons'] as const;

interface Job {
	/** The page printed, "/en/practices/x/". */
	page: string;
	/** The PDF's address, "/pdf/en/practices/x.pdf". */
	pdf: string;
	/** Whether the page has contents or an index to number (the compendium). */
	pageNumbers?: boolean;
}

async function jobsOf(site: string): Promise<Job[]> {
	// The compendiums first: the longest to print, one per worker.
	const jobs: Job[] = locales.map((locale) => ({ page: urls.printCompendium(locale), pdf: urls.compendiumPdf(locale), pageNumbers: true }));
	for (const locale of locales) {
		for (const collection of collections) {
			const dir = join(site, locale, collection);
			const slugs = await readdir(dir, { withFileTypes: true }).catch(() => []);
			// An entry is a folder with a page, other than the list's own further pages and its table.
			const folders = slugs.filter((entry) => entry.isDirectory() && !(listSubpaths as readonly string[]).includes(entry.name));
			const pages = await Promise.all(folders.map(async ({ name }) => ((await stat(join(dir, name, 'index.html')).catch(() => null)) ? name : '')));
			for (const slug of pages.filter(Boolean).sort()) {
				jobs.push({ page: urls.entry(locale, collection, slug), pdf: urls.pdf(locale, collection, slug) });
			}
		}
	}
	return jobs;
}

/** What a page's PDF depends on besides the page: the stylesheets. */
async function stylesHash(site: string): Promise<string> {
	const hash = createHash('sha256');
	const assets = join(site, '_astro');
	for (const name of (await readdir(assets).catch(() => [])).filter((file) => file.endsWith('.css')).sort()) hash.update(await readFile(join(assets, name)));
	return hash.digest('hex');
}

export interface PdfReport {
	/** Each PDF, how long it took (0 when reused) and its size. */
	pdfs: { pdf: string; ms: number; bytes: number; printed: boolean }[];
	ms: number;
}

/** Makes every PDF of the built site in `site`, reusing those in `cacheDir` whose inputs are unchanged. */
export async function buildPdfs(site: string, cacheDir: string, log: (message: string) => void): Promise<PdfReport> {
	const jobs = await jobsOf(site);
	const styles = await stylesHash(site);
	await mkdir(cacheDir, { recursive: true });
	const used = new Set<string>();
	const started = performance.now();
	const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
	let done = 0;
	const pdfs: PdfReport['pdfs'] = [];
	const [browser, server] = await Promise.all([launchChromium(), serveDirectory(site)]);
	try {
		const next = jobs[Symbol.iterator]();
		// Two pages at once: one per core of the machines this is built on.
		const worker = async () => {
			const page = await browser.newPage();
			for (const job of next) {
				const html = await readFile(join(site, job.page, 'index.html'));
				const key = createHash('sha256').update(PDF_FORMAT).update(styles).update(siteUrl ?? '').update(html).digest('hex');
				const cached = join(cacheDir, `${key}.pdf`);
				const output = join(site, job.pdf);
				await mkdir(dirname(output), { recursive: true });
				used.add(`${key}.pdf`);
				const jobStarted = performance.now();
				const printed = !(await stat(cached).catch(() => undefined));
				if (printed) await writeFile(cached, await printPage(page, `${server.url}${job.page}`, siteUrl, { pageNumbers: job.pageNumbers }));
				await copyFile(cached, output);
				pdfs.push({ pdf: job.pdf, ms: printed ? performance.now() - jobStarted : 0, bytes: (await stat(output)).size, printed });
				if (++done % 50 === 0) log(`${done} / ${jobs.length} PDFs, ${elapsed()}`);
			}
			await page.close();
		};
		await Promise.all([worker(), worker()]);
	} finally {
		await Promise.all([browser.close(), server.close()]);
	}
	// The cache holds the last build's PDFs only.
	for (const name of await readdir(cacheDir)) if (!used.has(name)) await rm(join(cacheDir, name));
	const printed = pdfs.filter((pdf) => pdf.printed).length;
	log(`${jobs.length} PDFs in ${elapsed()} (${printed} printed, ${jobs.length - printed} unchanged)`);
	return { pdfs, ms: performance.now() - started };
}

// The paragraph's class and the span's attributes may carry more than their own (PdfLink's scope class).
const PDF_LINK = /(<p class="pdf-link[" ][^>]*>[\s\S]*?href="(\/pdf\/[^"]+\.pdf)"[\s\S]*?<span data-pdf-size[^>]*>)<\/span>/g;

/** A file's size in the page's language: "182 kB", "1,2 Mo". */
export function fileSize(bytes: number, locale: string): string {
	const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, Math.round(bytes / 1000)), 'kilobyte'];
	return intl(Intl.NumberFormat, locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** Writes each PDF link's size into its page; a link to a PDF that was not made fails the build. */
export async function writeLinkSizes(site: string): Promise<void> {
	for (const name of await readdir(site, { recursive: true })) {
		if (!name.endsWith('.html')) continue;
		const path = join(site, name);
		const html = await readFile(path, 'utf8');
		if (!html.includes('data-pdf-size')) continue;
		const locale = name.split(/[\\/]/)[0];
		if (!isLocale(locale)) continue;
		const sizes = new Map<string, number>();
		for (const [, , pdf] of html.matchAll(PDF_LINK)) {
			const file = await stat(join(site, pdf)).catch(() => undefined);
			if (!file) throw new Error(`${name} links to ${pdf}, which was not made`);
			sizes.set(pdf, file.size);
		}
		await writeFile(path, html.replace(PDF_LINK, (_, before: string, pdf: string) => `${before}(${t(locale, 'pdf.size', { size: fileSize(sizes.get(pdf)!, locale) })})</span>`));
	}
}

export function pdf(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'intercultural-practices:pdf',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = pdfCache ?? fileURLToPath(new URL('node_modules/.cache/intercultural-practices/pdf/', config.root));
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!pdfEnabled) return logger.info('PDF=off: no PDFs made.');
				const site = fileURLToPath(dir);
				await buildPdfs(site, cacheDir, (message) => logger.info(message));
				await writeLinkSizes(site);
			},
		},
	};
}
