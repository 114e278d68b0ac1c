/** A practice's rows for the compare page (model/compare.ts), fetched by its script for each practice compared. */
import type { APIRoute } from 'astro';
import { type Catalogue, getCatalogue, type Practice } from '../../../model/catalogue.ts';
import { comparedPractice } from '../../../model/compare.ts';
import { localeItemPaths } from '../../../i18n/paths.ts';

export const getStaticPaths = () =>
	localeItemPaths(
		async (locale) => {
			const catalogue = await getCatalogue(locale);
			return catalogue.practices.map((practice) => ({ practice, catalogue }));
		},
		({ practice }) => ({ slug: practice.slug }),
	);

export const GET: APIRoute = ({ props }) => {
	const { practice, catalogue } = props.item as { practice: Practice; catalogue: Catalogue };
	return Response.json(comparedPractice(practice, catalogue.sources.get(practice.data.source.document)!));
};
