/**
 * The overview pages (home, statistics, evidence, gaps) and the key facts that lead on, checked against counts
 * made here from the entry files themselves, not from the model that drew the pages.
 */
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { locales } from '../../src/i18n/locales.ts';
import { pageCount } from '../../src/model/paging.ts';
import { urls } from '../../src/i18n/urls.ts';
import { root } from '../support/paths.ts';
import { page, text } from '../support/site.ts';

const practices = (await readEntryFiles(root))
	.filter((entry) => entry.collection === 'practices' && entry.locale === 'en')
	.map((entry) => ({ slug: entry.slug, data: { targetGroups: [], ...(entry.data as Record<string, any>) } as Record<string, any> }));
const countOf = (test: (data: Record<string, any>) => boolean) => practices.filter(({ data }) => test(data)).length;
const digits = (value: string) => Number(value.replace(/\D/g, ''));
const byCountry = new Map<string, number>();
for (const { data } of practices) for (const code of data.countries) byCountry.set(code, (byCountry.get(code) ?? 0) + 1);

describe.each(locales)('%s', (locale) => {
	it('home: the map links every country with practices to its page, named with its count, and the table says the same', () => {
		const home = page(urls.home(locale));
		const mapLinks = home.querySelectorAll('.country-map svg a');
		expect(mapLinks.map((a) => a.getAttribute('href')).sort()).toEqual([...byCountry.keys()].map((code) => urls.country(locale, code)).sort());
		for (const a of mapLinks) {
			const code = a.getAttribute('href')!.split('/').at(-2)!.toUpperCase();
			expect(a.getAttribute('aria-label')).toContain(countryName(code, locale));
			expect(digits(a.getAttribute('aria-label')!.split(countryName(code, locale))[1])).toBe(byCountry.get(code));
		}
		const rows = home.querySelectorAll('.country-table tbody tr').map((row) => [row.querySelector('a')?.getAttribute('href'), digits(text(row.querySelector('[data-count]')))]);
		expect(rows.sort()).toEqual([...byCountry].map(([code, n]) => [urls.country(locale, code), n]).sort());
	});

	it('home: each need opens its search, and says how many practices it finds', () => {
		const needs = page(urls.home(locale)).querySelectorAll('.needs li');
		const expected: Record<string, number> = {
			[urls.searchFor(locale, { kind: ['practice'], area: ['education', 'youth'] })]: countOf((data) => data.areas.some((area: string) => ['education', 'youth'].includes(area))),
			[urls.searchFor(locale, { kind: ['practice'], target: ['roma-travellers'] })]: countOf((data) => data.targetGroups.includes('roma-travellers')),
			[urls.searchFor(locale, { kind: ['practice'], target: ['police'] })]: countOf((data) => data.targetGroups.includes('police')),
		};
		for (const [href, n] of Object.entries(expected)) {
			const need = needs.find((li) => li.querySelector('a')?.getAttribute('href') === href);
			expect(need, href).toBeDefined();
			expect(digits(text(need!.querySelector('.meta')))).toBe(n);
		}
		expect(needs.length).toBeGreaterThanOrEqual(4);
	});

	it('statistics: practices by country and by level, each a link to its search', () => {
		const tables = page(urls.statistics(locale)).querySelectorAll('table.bar-table');
		const rowsOf = (index: number) => tables[index].querySelectorAll('tbody tr').map((row) => [row.querySelector('a')?.getAttribute('href'), digits(text(row.querySelector('.count')))]);
		expect(rowsOf(0).sort()).toEqual([...byCountry].map(([code, n]) => [urls.searchFor(locale, { kind: ['practice'], country: [code] }), n]).sort());
		const levels = rowsOf(tables.findIndex((table) => text(table.querySelector('thead th')) === text(page(urls.search(locale)).querySelector('[data-facet="level"] legend'))));
		for (const [href, n] of levels) expect(n).toBe(countOf((data) => href === urls.searchFor(locale, { kind: ['practice'], level: [data.level] })));
	});

	it('evidence: every level explained, with how many practices are at it', () => {
		const html = page(urls.evidence(locale));
		for (const level of ['self-reported', 'monitored', 'evaluated', 'independently-evaluated']) {
			const term = html.querySelector(`dt#${level}`);
			expect(term, level).not.toBeNull();
			expect(digits(text(term!.querySelector('a')))).toBe(countOf((data) => data.evidence === level));
			expect(text(term!.nextElementSibling)).not.toBe('');
		}
		expect(text(html.querySelector('[data-self-reported]'))).toContain(String(countOf((data) => data.evidence === 'self-reported')));
	});

	it('gaps: a cell counts the practices of its area and target group, and an empty cell says 0', () => {
		const html = page(urls.gaps(locale));
		const href = urls.searchFor(locale, { kind: ['practice'], area: ['education'], target: ['youth'] });
		const cell = html.querySelectorAll('table.gaps td a').find((a) => a.getAttribute('href') === href);
		expect(digits(text(cell!))).toBe(countOf((data) => data.areas.includes('education') && data.targetGroups.includes('youth')));
		const cells = html.querySelectorAll('table.gaps tbody td');
		const links = html.querySelectorAll('table.gaps tbody td a');
		expect(cells.length).toBe(html.querySelectorAll('table.gaps tbody tr').length * html.querySelectorAll('table.gaps thead th').length);
		expect(cells.filter((td) => td.classList.contains('gap')).length).toBe(cells.length - links.length);
	});

	it('a country’s profile counts its practices, each count a link to them, and searches within it', () => {
		const html = page(urls.country(locale, 'ES'));
		const profile = html.querySelector('.country-profile')!;
		expect(profile.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(urls.searchFor(locale, { country: ['ES'] }));
		const rows = profile.querySelectorAll('tbody tr').map((row) => [row.querySelector('a')?.getAttribute('href'), digits(text(row.querySelector('.count')))] as const);
		for (const level of ['local', 'regional', 'national']) {
			const n = countOf((data) => data.countries.includes('ES') && data.level === level);
			const row = rows.find(([href]) => href === urls.searchFor(locale, { kind: ['practice'], country: ['ES'], level: [level] }));
			expect(row?.[1] ?? 0, level).toBe(n);
		}
		expect(rows.find(([href]) => href === urls.searchFor(locale, { kind: ['practice'], country: ['ES'], area: ['education'] }))?.[1] ?? 0).toBe(countOf((data) => data.countries.includes('ES') && data.areas.includes('education')));
	});

	it('a practice’s key facts lead to the practices that share them', () => {
		const facts = page(urls.practice(locale, 'bilbao-anti-rumours-strategy')).querySelector('.entry-facts')!;
		const hrefs = facts.querySelectorAll('a').map((a) => a.getAttribute('href'));
		for (const filters of [{ level: ['local'] }, { type: ['policy'] }, { theme: ['diversity'] }, { evidence: ['self-reported'] }, { target: ['youth'] }]) {
			expect(hrefs, JSON.stringify(filters)).toContain(urls.searchFor(locale, { kind: ['practice'], ...filters }));
		}
		expect(hrefs).toContain(`${urls.evidence(locale)}#self-reported`);
	});

	it('a lesson’s topic and countries lead to the lessons that share them', () => {
		const facts = page(urls.lesson(locale, 'analyse-plan-train-and-evaluate-together')).querySelector('.entry-facts')!;
		const hrefs = facts.querySelectorAll('a').map((a) => a.getAttribute('href'));
		expect(hrefs.some((href) => href?.startsWith(`${urls.search(locale)}?kind=lesson&topic=`))).toBe(true);
	});
});

describe('the practices table', () => {
	it.each(['title', 'country', 'start', 'evidence'])('by %s holds every practice once, over its pages', (sort) => {
		const first = urls.practicesTable('en', sort);
		const count = pageCount(practices.length);
		const rows = Array.from({ length: count }, (_, i) => page(urls.page(first, i + 1)).querySelectorAll('tbody tr')).flat();
		expect(rows.map((row) => row.querySelector('th a')?.getAttribute('href')).sort()).toEqual(practices.map(({ slug }) => urls.practice('en', slug)).sort());
		if (sort === 'start') {
			const years = rows.map((row) => Number(text(row.querySelector('td.number')))).filter(Boolean);
			expect(years).toEqual([...years].sort((a, b) => b - a));
		}
	});
});

describe('similar practices', () => {
	it.each(locales)('%s: every practice links three to five others, each with why; Bilbao and Fuenlabrada link each other', (locale) => {
		for (const { slug } of practices) {
			const links = page(urls.practice(locale, slug)).querySelectorAll('.similar li');
			expect(links.length, slug).toBeGreaterThanOrEqual(3);
			expect(links.length, slug).toBeLessThanOrEqual(5);
			for (const li of links) {
				expect(li.querySelector('a')?.getAttribute('href'), slug).not.toBe(urls.practice(locale, slug));
				expect(text(li.querySelector('.meta')), slug).not.toBe('');
			}
		}
		const hrefs = (slug: string) => page(urls.practice(locale, slug)).querySelectorAll('.similar a').map((a) => a.getAttribute('href'));
		expect(hrefs('bilbao-anti-rumours-strategy')).toContain(urls.practice(locale, 'fuenlabrada-anti-rumours-strategy'));
		expect(hrefs('fuenlabrada-anti-rumours-strategy')).toContain(urls.practice(locale, 'bilbao-anti-rumours-strategy'));
	});
});
