/** The result cards of entries 10n … 10n + 9 (model/search-index.ts: CARDS_PER_FILE), for the search page's script. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../../../i18n/locales.ts';
import { getCatalogue } from '../../../../model/catalogue.ts';
import { localePaths } from '../../../../i18n/paths.ts';
import { resultCard, searchRecords } from '../../../../model/search.ts';
import { CARDS_PER_FILE } from '../../../../model/search-index.ts';

export async function getStaticPaths() {
	const paths = [];
	for (const { params } of localePaths()) {
		const records = searchRecords(await getCatalogue(params.locale), params.locale);
		for (let file = 0; file * CARDS_PER_FILE < records.length; file++) paths.push({ params: { ...params, file: String(file) } });
	}
	return paths;
}

export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const start = Number(params.file) * CARDS_PER_FILE;
	const records = searchRecords(await getCatalogue(locale), locale).slice(start, start + CARDS_PER_FILE);
	return Response.json(records.map((record) => resultCard(record.card, locale)));
};
