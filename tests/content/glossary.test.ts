/**
 * The glossary (content/glossary.yaml): a term is rendered the same way in every entry of a language. Where an
 * original's text (title, summary or statement, impact summary, body) uses a term, its translation's text uses
 * that language's rendering.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { type EntryFile, readEntryFiles } from '../../src/model/entry-files.ts';
import { root } from '../support/paths.ts';

type Rendering = { term: string; match: string };
const glossary = yaml.load(readFileSync(join(root, 'content/glossary.yaml'), 'utf8')) as ({ id: string } & Record<string, Rendering>)[];
const files = await readEntryFiles(root);
const key = (file: EntryFile) => `${file.collection}/${file.slug}`;

/** The entry's running text: what a reader reads as sentences, without link addresses. */
function textOf(file: EntryFile): string {
	const data = file.data as { title?: string; summary?: string; statement?: string; impact?: { summary?: string } };
	return [data.title, data.summary, data.statement, data.impact?.summary, file.body.replace(/\]\([^)]*\)/g, ']')].filter(Boolean).join('\n');
}

const pattern = (rendering: Rendering) => new RegExp(rendering.match, 'iu');

describe('the glossary', () => {
	it('gives every term in every language, each pattern matching its own term', () => {
		for (const entry of glossary) {
			for (const locale of locales) {
				expect(entry[locale], `${entry.id}: ${locale}`).toBeDefined();
				expect(entry[locale].term, `${entry.id}: ${locale}`).toMatch(pattern(entry[locale]));
			}
		}
	});

	const originals = files.filter((file) => file.locale === defaultLocale);
	describe.each(locales.filter((locale) => locale !== defaultLocale))('%s', (locale) => {
		const translated = new Map(files.filter((file) => file.locale === locale).map((file) => [key(file), file]));
		it('uses the rendering of every term its original uses', () => {
			const missing: string[] = [];
			for (const original of originals) {
				const translation = translated.get(key(original));
				if (!translation) continue;
				const english = textOf(original);
				const text = textOf(translation);
				for (const entry of glossary) {
					if (pattern(entry.en).test(english) && !pattern(entry[locale]).test(text)) missing.push(`${translation.path}: "${entry[locale].term}" (${entry.en.term})`);
				}
			}
			expect(missing.join('\n')).toBe('');
		});
	});
});
