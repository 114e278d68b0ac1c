import type { APIRoute } from 'astro';
import { defaultLocale } from '../../i18n/locales.ts';
import { getCatalogue } from '../../model/catalogue.ts';
import { practiceFields, practicesCsv } from '../../model/export.ts';

export const GET: APIRoute = async () => {
	const { practices } = await getCatalogue(defaultLocale);
	return new Response(practicesCsv(practices.map(practiceFields)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
