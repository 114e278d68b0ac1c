/** The words "Did you mean …?" chooses from (model/search.ts: searchWords), fetched only when a search finds nothing. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { localePaths } from '../../../i18n/paths.ts';
import { getCatalogue } from '../../../model/catalogue.ts';
import { searchRecords, searchWords } from '../../../model/search.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	return Response.json(searchWords(searchRecords(await getCatalogue(locale), locale), locale));
};
