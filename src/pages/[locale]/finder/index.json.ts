/** The situation finder's index for one language (model/finder-index.ts), fetched only by the finder's page. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales.ts';
import { localePaths } from '../../../i18n/paths.ts';
import { getCatalogue } from '../../../model/catalogue.ts';
import { finderIndex } from '../../../model/finder-index.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	return Response.json(finderIndex(await getCatalogue(locale), locale));
};
