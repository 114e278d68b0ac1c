/**
 * Translations: every language is complete (every text field and the body, same sections, same links), and no
 * translation repeats its English original.
 */
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { sectionHeadings } from '../../src/model/field-guide.ts';
import { root } from '../support/paths.ts';

const files = await readEntryFiles(root);
const originals = files.filter((file) => file.locale === defaultLocale);
const key = (file: { collection: string; slug: string }) => `${file.collection}/${file.slug}`;
const translations = (locale: string) => new Map(files.filter((file) => file.locale === locale).map((file) => [key(file), file]));
const headings = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
const links = (body: string) => [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).sort();
const texts = (data: any) => [data.summary, data.statement, data.impact?.summary, ...(data.impact?.figures ?? []).map((f: any) => (typeof f === 'string' ? f : f.label))].filter(Boolean);

describe.each(locales.filter((locale) => locale !== defaultLocale))('%s', (locale) => {
	const translated = translations(locale);

	it('translates every entry, and nothing that has no original', () => {
		expect([...translated.keys()].sort()).toEqual(originals.map(key).sort());
	});

	it('repeats no English text field (a title may stay a name)', () => {
		for (const original of originals) {
			const translation = translated.get(key(original));
			if (!translation) continue;
			const english = new Set(texts(original.data));
			for (const text of texts(translation.data)) expect(english.has(text), `${translation.path}: "${text}"`).toBe(false);
		}
	});
});

describe.each(locales.filter((locale) => locale !== defaultLocale))('%s, in full', (locale) => {
	const translated = translations(locale);

	it.each(originals.map((original) => [key(original), original] as const))('%s has its body, with the same sections and links as the original', (_, original) => {
		const translation = translated.get(key(original));
		expect(translation, 'missing').toBeDefined();
		const expected = headings(original.body).map((heading) => {
			const index = sectionHeadings[original.collection as 'practices' | 'lessons'].findIndex((names) => names.en === heading);
			return sectionHeadings[original.collection as 'practices' | 'lessons'][index][locale];
		});
		expect(headings(translation!.body)).toEqual(expected);
		expect(links(translation!.body)).toEqual(links(original.body));
		expect(translation!.body.trim()).not.toBe(original.body.trim());
		const data = translation!.data as { links?: string[] };
		expect(data.links?.length ?? 0).toBe(((original.data as { links?: unknown[] }).links ?? []).length);
	});
});
