/** What the shortlist's script says as practices are added or removed, in one language: fetched at the first change. */
import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { localePaths } from '../../i18n/paths.ts';
import { t } from '../../i18n/ui.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => {
	const locale = params.locale as Locale;
	return Response.json({ added: t(locale, 'shortlist.added'), removed: t(locale, 'shortlist.removed'), full: t(locale, 'shortlist.full') });
};
