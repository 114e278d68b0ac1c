/**
 * The compare page's data and the lists' tables: each practice's rows in every language, the same facts as its
 * page shows; a country's table holds that country's practices, and the lessons' table every lesson, sorted as
 * its caption says.
 */
import { describe, expect, it } from 'vitest';
import { compareRows } from '../../src/model/compare.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { locales } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';
import { root } from '../support/paths.ts';
import { page, readDist, text } from '../support/site.ts';

const practices = (await readEntryFiles(root)).filter((entry) => entry.collection === 'practices' && entry.locale === 'en');
const json = (path: string) => JSON.parse(readDist(path.replace(/^\//, '')));

const lessons = (await readEntryFiles(root)).filter((entry) => entry.collection === 'lessons' && entry.locale === 'en');

describe.each(locales)('%s', (locale) => {
	it('the lessons table lists every lesson, by topic in the list\'s order when sorted by topic', () => {
		const table = page(urls.table(urls.lessons(locale), 'topic'));
		const rows = table.querySelectorAll('tbody tr');
		expect(rows.length).toBe(Math.min(lessons.length, 50));
		const topics = rows.map((row) => text(row.querySelectorAll('td')[0]));
		// Rows of one topic stand together: each topic's rows are one run.
		expect(new Set(topics).size).toBe(topics.filter((topic, i) => topic !== topics[i - 1]).length);
		expect(table.querySelector('th[aria-sort="ascending"]')).not.toBeNull();
	});

	it('every practice has its compare rows, with the facts its page shows', () => {
		for (const { slug } of practices) {
			const data = json(urls.compareData(locale, slug));
			expect(Object.keys(data.rows).sort()).toEqual([...compareRows].sort());
			const facts = page(urls.practice(locale, slug));
			expect(data.title.replace(/\s+/g, ' ')).toBe(text(facts.querySelector('h1')).replace(/\s+/g, ' '));
			const shown = text(facts.querySelector('.entry-facts'));
			for (const row of ['level', 'type', 'status', 'evidence'] as const) expect(shown, `${slug} ${row}`).toContain(data.rows[row][0]);
		}
	});

	it("a country's table lists its practices, newest first when sorted by start year", () => {
		const spain = practices.filter(({ data }) => (data as { countries: string[] }).countries.includes('ES'));
		const table = page(urls.table(urls.country(locale, 'ES'), 'start'));
		const rows = table.querySelectorAll('tbody tr');
		expect(rows.length).toBe(Math.min(spain.length, 50));
		const years = rows.map((row) => Number(text(row.querySelectorAll('td')[4]) || 0)).filter(Boolean);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		expect(table.querySelector('th[aria-sort="descending"]')).not.toBeNull();
	});
});
