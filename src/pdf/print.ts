/**
 * Prints one of the site's own pages to PDF in headless Chromium, with its print stylesheet: tagged for
 * accessibility, with an outline (bookmarks) from its headings, then finished with fixed metadata
 * (document.ts). The title, author and date come from the page itself.
 */
import type { Page } from 'playwright-core';
import { destinationPages, finishPdf } from './document.ts';

/**
 * Links to the site's pages point at its public address in the PDF, and are written out in the text, as the
 * web addresses are (global.css); without a public address (SITE_URL) they would lead to the build's own server, so they
 * are left as text.
 */
function prepare(siteUrl: string | undefined) {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
		if (!siteUrl) {
			link.removeAttribute('href');
			continue;
		}
		link.href = new URL(link.getAttribute('href')!, siteUrl).href;
	}
	const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
	return { title: document.querySelector('h1')?.textContent?.trim() ?? document.title, author: meta('author'), modified: meta('dcterms.modified') };
}

/** Writes into each `[data-page-of="id"]` the page on which the element with that id starts. */
function fillPageNumbers(pages: Record<string, number>) {
	for (const element of document.querySelectorAll<HTMLElement>('[data-page-of]')) element.textContent = String(pages[element.dataset.pageOf!] ?? '?');
}

/** `draft`: a print only read for where things landed, without the tags and outline, which take time and change no layout. */
const print = (page: Page, draft = false) => page.pdf({ tagged: !draft, outline: !draft, preferCSSPageSize: true, printBackground: true });
const MAX_PASSES = 4;

/**
 * Chromium has no target-counter(), so page numbers take a second print: the first says where each linked
 * element landed (the PDF's named destinations, document.ts), those numbers are written into the page, and
 * it is printed again, until the numbers no longer move the pages (they take the same room, so one more
 * print is the rule).
 */
async function printWithPageNumbers(page: Page, url: string): Promise<Uint8Array> {
	let pdf = await print(page, true);
	let numbers = '';
	for (let pass = 1; pass < MAX_PASSES; pass++) {
		const pages = Object.fromEntries(await destinationPages(pdf));
		if (JSON.stringify(pages) === numbers) return pdf;
		numbers = JSON.stringify(pages);
		await page.evaluate(fillPageNumbers, pages);
		pdf = await print(page);
	}
	throw new Error(`${url}: the page numbers kept moving after ${MAX_PASSES} prints`);
}

/** The page at `url` as a finished PDF; with `pageNumbers`, its contents and index get their page numbers. */
export async function printPage(page: Page, url: string, siteUrl: string | undefined, { pageNumbers = false } = {}): Promise<Uint8Array> {
	// Laid out for paper from the start, so that the print typeface loads and is waited for before printing:
	// a letter printed before its font has come would be printed in the fallback.
	await page.emulateMedia({ media: 'print' });
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	const { title, author, modified } = await page.evaluate(prepare, siteUrl);
	if (!modified) throw new Error(`${url} has no <meta name="dcterms.modified">: the PDF needs the content's date`);
	const raw = pageNumbers ? await printWithPageNumbers(page, url) : await print(page);
	return finishPdf(raw, { title, author, date: new Date(`${modified}T00:00:00Z`) });
}
