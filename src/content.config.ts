import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './model/entry-files.ts';
import { lessonSchema, practiceSchema, sourceSchema } from './model/schema.ts';

// Entries live at content/<collection>/<locale>/<slug>.mdx; the id is "<locale>/<slug>".
const content = contentDir('.');
const entries = (collection: string) => glob({ base: `${content}/${collection}`, pattern: '*/*.mdx' });

export const collections = {
	practices: defineCollection({ loader: entries('practices'), schema: practiceSchema }),
	lessons: defineCollection({ loader: entries('lessons'), schema: lessonSchema }),
	sources: defineCollection({ loader: file(`${content}/sources.yaml`), schema: sourceSchema }),
};
