import type { APIRoute } from 'astro';
import { defaultLocale } from '../../i18n/locales.ts';
import { getCatalogue } from '../../model/catalogue.ts';
import { practiceRecord } from '../../model/export.ts';

export const GET: APIRoute = async () => {
	const { practices } = await getCatalogue(defaultLocale);
	return new Response(JSON.stringify(practices.map(practiceRecord), null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
