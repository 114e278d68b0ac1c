/** The search page's index: every entry's facet values and start year (see model/search-index.ts). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { localePaths } from '../../../i18n/paths.ts';
import { getCatalogue } from '../../../model/catalogue.ts';
import { searchRecords } from '../../../model/search.ts';
import { encodeSearchIndex } from '../../../model/search-index.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	return Response.json(encodeSearchIndex(searchRecords(await getCatalogue(locale), locale)));
};
