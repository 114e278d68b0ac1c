/** The PDFs the build prints: one per entry in every language, each holding all of its entry's facts. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { locales } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { urls } from '../../src/i18n/urls.ts';
import { dist, root } from '../support/paths.ts';
import { readDrawing, readPdf } from '../support/pdf.ts';
import { exists, page, text } from '../support/site.ts';

const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const cases = locales.flatMap((locale) =>
	entries.map((entry) => ({ locale, collection: entry.collection, slug: entry.slug, data: entry.data as Record<string, any> })),
);
/** Text compared without its spacing: a PDF's text runs break where the page's lines do. */
const squeeze = (value: string) => value.replace(/\s+/g, '');
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('per-entry PDFs', () => {
	it.each(locales)('%s: set in the site\'s typeface, embedded as fonts (not as pictures of letters), with the mark in every running head', async (locale) => {
		const pages = await readDrawing(join(dist, urls.pdf(locale, 'practices', 'bilbao-anti-rumours-strategy')));
		expect(pages.length).toBeGreaterThan(1);
		for (const { fonts, fills } of pages) {
			expect(fonts.filter((font) => font.type3)).toEqual([]);
			expect(fonts.every((font) => font.name.includes('SourceSans3'))).toBe(true);
			// The mark's red circle (public/favicon.svg): nothing else on the page is drawn in it.
			expect(fills).toContain('#d1495b');
		}
	});

	it.each(cases)('$locale/$collection/$slug has its PDF, with every fact of its page', async ({ locale, collection, slug, data }) => {
		const address = urls.entry(locale, collection, slug);
		const html = page(address);
		const pdf = await readPdf(join(dist, urls.pdf(locale, collection, slug)));
		const all = squeeze(pdf.pages.join(' '));
		const shown = (selector: string) => html.querySelectorAll(selector).map((element) => text(element));
		// The key facts, the figures with their kinds, the organisations and the citation, as the page gives them.
		for (const fact of [text(html.querySelector('h1')), ...shown('.entry-facts dt'), ...shown('.entry-facts dd'), ...shown('#organisations ~ dl dd')]) {
			expect(all, fact).toContain(squeeze(fact));
		}
		// The figures are tiles side by side, whose wrapped lines a PDF's text reads across the row: each word, then.
		for (const figure of shown('.figures li')) for (const word of figure.split(/[\s\p{P}]+/u).filter(Boolean)) expect(all, figure).toContain(word);
		expect(all).toContain(squeeze(text(html.querySelector('.citation p'))));
		// Its links, as links and written out.
		const links = pdf.links.flat();
		// A long address may run over a page break, where the next page's running head and number come between.
		const runningHead = new RegExp(`${escapeRegExp(squeeze(text(html.querySelector('h1'))))}${escapeRegExp(squeeze(t(locale, 'site.name')))}\\d+/${pdf.pages.length}`, 'g');
		const withoutHeads = all.replace(runningHead, '');
		for (const link of data.links ?? []) {
			expect(links).toContain(new URL(link.url).href);
			expect(withoutHeads).toContain(squeeze(link.url));
		}
		// The footer: licence (whole, on one page), source and the page's own address; every page numbered.
		expect(pdf.pages.some((pageText) => squeeze(pageText).includes(squeeze(t(locale, 'footer.licence'))))).toBe(true);
		expect(all).toContain(squeeze(t(locale, 'pdf.address', { url: address })));
		pdf.pages.forEach((pageText, index) => expect(pageText).toContain(`${index + 1} / ${pdf.pages.length}`));
		// What a reader's window and a screen reader are told.
		expect(pdf.info.Title).toBe(html.querySelector('h1')?.textContent.trim());
		expect(pdf.info.Author).toBe(t(locale, 'site.name'));
		expect(pdf.info.Language).toBe(locale);
		expect(pdf.tagged).toBe(true);
		// Dated by the content, not by the build: the same commit gives the same file.
		const updated = new Date(data.updated).toISOString().slice(0, 10).replaceAll('-', '');
		expect(pdf.info.CreationDate).toMatch(new RegExp(`^D:${updated}000000`));
		expect(pdf.info.ModDate).toBe(pdf.info.CreationDate);
	});

	it('links every entry page to its PDF in the page\'s language, with its size', () => {
		for (const locale of locales) {
			const entry = entries[0];
			const address = urls.entry(locale, entry.collection, entry.slug);
			const link = page(address).querySelector('.pdf-link a');
			const href = urls.pdf(locale, entry.collection, entry.slug);
			expect(link?.getAttribute('href')).toBe(href);
			expect(exists(href)).toBe(true);
			const kB = Math.round(statSync(join(dist, href)).size / 1000);
			expect(text(page(address).querySelector('.pdf-link [data-pdf-size]'))).toContain(new Intl.NumberFormat(locale).format(kB));
			expect(link?.hasAttribute('hreflang')).toBe(false);
		}
	});
});
