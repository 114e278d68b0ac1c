/** The whole compendium as one PDF per PDF language: contents and index with true page numbers, an outline, metadata, tags. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { urls } from '../../src/i18n/urls.ts';
import { dist } from '../support/paths.ts';
import { type OutlineItem, readPdf } from '../support/pdf.ts';
import { page, text } from '../support/site.ts';

const squeeze = (value: string) => value.replace(/\s+/g, '');
const flatten = (items: OutlineItem[]): string[] => items.flatMap((item) => [squeeze(item.title), ...flatten(item.items)]);

describe.each(locales)('the %s compendium', async (locale) => {
	const html = page(urls.printCompendium(locale));
	const pdf = await readPdf(join(dist, urls.compendiumPdf(locale)));
	const pages = pdf.pages.map(squeeze);
	// The contents as the page lists them: every chapter, country and entry, in the document's order.
	const contents = html.querySelectorAll('.compendium-contents a').map((link) => ({ title: text(link.querySelector('span')), id: link.getAttribute('href')!.slice(1) }));
	const entryIds = html.querySelectorAll('.compendium-entry').map((entry) => entry.getAttribute('aria-labelledby')!);
	const tocEntries = contents.filter(({ id }) => entryIds.includes(id));

	it('lists every entry in its contents, in the order of the document', () => {
		expect(tocEntries.map(({ id }) => id)).toEqual(entryIds);
		const contentsText = pages.slice(1, 8).join('');
		let from = 0;
		for (const { title } of tocEntries) {
			const at = contentsText.indexOf(squeeze(title), from);
			expect(at, title).toBeGreaterThanOrEqual(from);
			from = at;
		}
	});

	// The page number the contents give each chapter, country and entry, by its id.
	const contentsText = pages.slice(1, 8).join('');
	const numbers = new Map<string, number>();
	for (const { title, id } of contents) {
		const match = new RegExp(`${squeeze(title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(contentsText);
		if (match) numbers.set(id, Number(match[1]));
	}

	it('gives in its contents the page on which each entry starts', () => {
		expect(tocEntries.filter(({ id }) => !numbers.has(id))).toEqual([]);
		let last = 0;
		for (const [n, { title, id }] of tocEntries.entries()) {
			const start = numbers.get(id)!;
			expect(start).toBeGreaterThan(last);
			expect(pages[start - 1], `${title} on page ${start}`).toContain(squeeze(title));
			// It starts there, on a page of its own: the page before belongs to the entry before (its title is that page's header).
			if (n > 0) expect(pages[start - 2], `${title}: page ${start - 1}`).not.toContain(squeeze(title));
			last = start;
		}
	});

	it('has a bookmark for every chapter and every entry', () => {
		const bookmarks = flatten(pdf.outline);
		for (const { title } of contents) expect(bookmarks, title).toContain(squeeze(title));
	});

	it('links its contents and index to the entries inside the document', () => {
		const internal = pdf.links.flat().filter((link) => link.startsWith('#'));
		// Each entry is linked from the contents and from the index (under its countries and areas).
		expect(internal.length).toBeGreaterThanOrEqual(2 * tocEntries.length);
	});

	it('has its title, author and language, is tagged, and numbers its pages', () => {
		expect(pdf.info.Title).toBe(t(locale, 'compendium.title'));
		expect(pdf.info.Author).toBe(t(locale, 'site.name'));
		expect(pdf.info.Language).toBe(locale);
		expect(pdf.tagged).toBe(true);
		pdf.pages.forEach((pageText, index) => expect(pageText).toContain(`${index + 1} / ${pdf.pages.length}`));
	});

	it('has an index of countries and areas whose page numbers are where the entries start', () => {
		const headings = html.querySelectorAll('.compendium-index dt');
		expect(headings.length).toBeGreaterThan(20);
		const indexText = pages.slice(numbers.get('index')! - 1).join('');
		for (const heading of headings) {
			const anchors = heading.nextElementSibling!.querySelectorAll('a').map((link) => link.getAttribute('href')!.slice(1));
			const expected = squeeze(`${text(heading)}${anchors.map((anchor) => numbers.get(anchor)).join(',')}`);
			expect(indexText, text(heading)).toContain(expected);
		}
	});
});
