/** Reads what Pagefind wrote for one page, with the reader the build uses. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Fragment, parseFragment } from '../../src/integrations/pagefind.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';
import type { SearchPagefindFile } from '../../src/model/search-index.ts';

/** What the search page reads of Pagefind: the language's bundles and each entry's page id. */
export function readSearchPagefind(site: string, locale: Locale = 'en'): SearchPagefindFile {
	return JSON.parse(readFileSync(join(site, urls.searchPagefind(locale)), 'utf8'));
}

/** A page's fragment, from whichever of the language's bundles holds it. */
export function readFragment(site: string, id: string, locale: Locale = 'en'): Fragment {
	const path = readSearchPagefind(site, locale)
		.bundles.map((bundle) => join(site, bundle, 'fragment', `${id}.pf_fragment`))
		.find((candidate) => existsSync(candidate));
	const fragment = path && parseFragment(readFileSync(path));
	if (!fragment) throw new Error(`${id} is not a Pagefind fragment of a known format in the ${locale} bundles`);
	return fragment;
}
