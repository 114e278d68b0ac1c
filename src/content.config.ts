import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { defaultLocale, locales } from './i18n/locales.ts';
import { contentDir } from './model/entry-files.ts';
import { entryLoader } from './model/entry-loader.ts';
import { lessonSchema, lessonTranslationSchema, pageSchema, practiceSchema, practiceTranslationSchema, sourceSchema } from './model/schema.ts';

// Entries live at content/<collection>/<locale>/<slug>.mdx; the id is "<locale>/<slug>". Originals are in the
// default locale's folder; translations, which hold text only, in the other locales' folders.
const content = contentDir('.');
const translated = locales.filter((locale) => locale !== defaultLocale);
const entries = (collection: string, folders: readonly string[]) => entryLoader(`${content}/${collection}`, folders);

export const collections = {
	practices: defineCollection({ loader: entries('practices', [defaultLocale]), schema: practiceSchema }),
	lessons: defineCollection({ loader: entries('lessons', [defaultLocale]), schema: lessonSchema }),
	practiceTranslations: defineCollection({ loader: entries('practices', translated), schema: practiceTranslationSchema }),
	lessonTranslations: defineCollection({ loader: entries('lessons', translated), schema: lessonTranslationSchema }),
	pages: defineCollection({ loader: entries('pages', locales), schema: pageSchema }),
	sources: defineCollection({ loader: file(`${content}/sources.yaml`), schema: sourceSchema }),
};
