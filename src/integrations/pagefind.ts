/**
 * Builds the Pagefind search index at the end of every build, with Pagefind's Node API. Pagefind
 * writes one index per language, from each page's <html lang>. Any indexing error fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
	return {
		name: 'intercultural-practices:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) => {
					throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
				};
				try {
					const { index, errors } = await createIndex({});
					if (!index || errors.length) return fail('start', errors);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) return fail('index the site', added.errors);
					if (added.page_count === 0) return fail('index the site', ['no page has data-pagefind-body']);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length) return fail('write the index', written.errors);
					logger.info(`Indexed ${added.page_count} pages.`);
				} finally {
					await close();
				}
			},
		},
	};
}
