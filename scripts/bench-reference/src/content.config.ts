// Starlight's docs collection, read from the folder the benchmark wrote (DOCS_DIR), not src/content/docs.
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.DOCS_DIR;
if (!base) throw new Error('DOCS_DIR is not set: `npm run bench` sets it to the generated pages.');

export const collections = { docs: defineCollection({ loader: glob({ pattern: '**/*.md', base }), schema: docsSchema() }) };
