/**
 * `npm run i18n:status`: for each language, the interface texts it lacks, and the entries it lacks or whose
 * translation is older than its original (by `updated`), with how far the body is translated.
 */
import { resolve } from 'node:path';
import { defaultLocale, locales } from '../src/i18n/locales.ts';
import { dictionaries } from '../src/i18n/ui.ts';
import { readEntryFiles, readPageFiles } from '../src/model/entry-files.ts';

const root = resolve(import.meta.dirname, '..');
const files = [...(await readEntryFiles(root)), ...(await readPageFiles(root))];
const originals = files.filter((file) => file.locale === defaultLocale);
const updated = (file: { data: unknown }) => {
	const value = (file.data as { updated?: Date | string } | undefined)?.updated;
	return value ? new Date(value).getTime() : 0;
};
const englishKeys = Object.keys(dictionaries[defaultLocale]);

let behind = 0;
for (const locale of locales.filter((l) => l !== defaultLocale)) {
	const translated = new Map(files.filter((file) => file.locale === locale).map((file) => [`${file.collection}/${file.slug}`, file]));
	const missingKeys = englishKeys.filter((key) => !(key in dictionaries[locale]));
	const missing = originals.filter((original) => !translated.has(`${original.collection}/${original.slug}`));
	const stale = originals.filter((original) => {
		const translation = translated.get(`${original.collection}/${original.slug}`);
		return translation && updated(translation) < updated(original);
	});
	const withBody = originals.filter((original) => translated.get(`${original.collection}/${original.slug}`)?.body.trim()).length;
	console.log(`${locale}: ${originals.length - missing.length}/${originals.length} translated, ${withBody} with their body; ${missingKeys.length} interface texts missing; ${stale.length} older than their original.`);
	for (const key of missingKeys) console.log(`  missing text: ${key}`);
	for (const file of missing) console.log(`  missing: content/${file.collection}/${locale}/${file.slug}.mdx`);
	for (const file of stale) console.log(`  older than its original: content/${file.collection}/${locale}/${file.slug}.mdx`);
	behind += missingKeys.length + missing.length + stale.length;
}
process.exit(behind ? 1 : 0);
