import type { APIRoute } from 'astro';
import { defaultLocale } from '../../i18n/locales.ts';
import { getCatalogue } from '../../model/catalogue.ts';
import { lessonRecord } from '../../model/export.ts';

export const GET: APIRoute = async () => {
	const { lessons } = await getCatalogue(defaultLocale);
	return new Response(JSON.stringify(lessons.map(lessonRecord), null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
