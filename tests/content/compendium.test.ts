/**
 * The compendium's table of contents (tests/fixtures/compendium-toc.json: title, country, chapter and
 * page of each item, facts kept in the repository) against the entries written from it.
 */
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import toc from '../fixtures/compendium-toc.json' with { type: 'json' };
import { root } from '../support/paths.ts';

const entries = await readEntryFiles(root);
const practices = new Map(entries.filter((e) => e.collection === 'practices' && e.locale === 'en').map((e) => [e.slug, e.data as Record<string, any>]));

describe('the compendium', () => {
	it('has 83 items in its table of contents', () => {
		expect(toc).toHaveLength(83);
		expect(new Set(toc.map((item) => item.slug)).size).toBe(83);
	});

	it.each(toc)('$page: $title', (item) => {
		const practice = practices.get(item.slug);
		expect(practice, `content/practices/en/${item.slug}.mdx is missing`).toBeDefined();
		expect(practice!.source).toMatchObject({ document: 'coe-compendium-2024', page: item.page });
		expect(practice!.theme).toBe(item.theme);
		if (item.country === 'AER') expect(practice!.level).toBe('international');
		else expect(practice!.countries).toContain(item.country);
	});

	it('has no other entries citing it', () => {
		const slugs = new Set(toc.map((item) => item.slug));
		const others = [...practices].filter(([slug, data]) => data?.source?.document === 'coe-compendium-2024' && !slugs.has(slug)).map(([slug]) => slug);
		expect(others).toEqual([]);
	});
});

describe('every entry', () => {
	it('passes validation', async () => {
		const { validate, formatProblem } = await import('../../src/model/validate.ts');
		const { readPageFiles, readSourcesFile } = await import('../../src/model/entry-files.ts');
		const sources = await readSourcesFile(root);
		expect(validate({ entries, pages: await readPageFiles(root), sources: sources.data, sourcesError: sources.error }).map(formatProblem)).toEqual([]);
	});
});
