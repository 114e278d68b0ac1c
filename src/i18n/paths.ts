/** getStaticPaths helpers: one page per locale, or one per locale and item. */
import { type Locale, locales } from './locales.ts';

export function localePaths() {
	return locales.map((locale) => ({ params: { locale } }));
}

export async function localeItemPaths<T>(items: (locale: Locale) => Promise<readonly T[]>, param: (item: T) => Record<string, string>) {
	const paths = [];
	for (const locale of locales) {
		for (const item of await items(locale)) paths.push({ params: { locale, ...param(item) }, props: { item } });
	}
	return paths;
}
