/** The first results of a search for one facet option alone (model/search-index.ts: FirstResultsFile). */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../../i18n/locales.ts';
import { localePaths } from '../../../../../i18n/paths.ts';
import { getCatalogue } from '../../../../../model/catalogue.ts';
import type { FacetKey } from '../../../../../model/facets.ts';
import { facetCounts, resultCard, searchRecords } from '../../../../../model/search.ts';
import { type FirstResultsFile, RESULTS_SHOWN } from '../../../../../model/search-index.ts';

export async function getStaticPaths() {
	const paths = [];
	for (const { params } of localePaths()) {
		const counts = facetCounts(searchRecords(await getCatalogue(params.locale), params.locale));
		for (const [facet, options] of Object.entries(counts)) for (const option of options.keys()) paths.push({ params: { ...params, facet, option } });
	}
	return paths;
}

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const facet = params.facet as FacetKey;
	const records = searchRecords(await getCatalogue(locale), locale);
	const file: FirstResultsFile = { entries: [], cards: [] };
	for (let n = 0; n < records.length && file.entries.length < RESULTS_SHOWN; n++) {
		if (!records[n].filters[facet]?.includes(params.option!)) continue;
		file.entries.push(n);
		file.cards.push(resultCard(records[n].card, locale));
	}
	return Response.json(file);
};
