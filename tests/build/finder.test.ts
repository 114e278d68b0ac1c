/**
 * The situation finder on the index the build made, with the scenarios of tests/fixtures/finder-scenarios.json:
 * situations written from the entries' content in a practitioner's words, each with the entries a practitioner
 * would expect among the first five results; and its index stays small enough to load on a phone.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FinderIndex, type FinderQuery, rank } from '../../src/model/finder.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';
import { root } from '../support/paths.ts';
import { readDist } from '../support/site.ts';

interface Scenario extends Omit<FinderQuery, 'areas'> {
	locale: Locale;
	expect: string[];
	why: string;
}

const scenarios: Scenario[] = JSON.parse(readFileSync(join(root, 'tests/fixtures/finder-scenarios.json'), 'utf8'));
const indexes = new Map(locales.map((locale) => [locale, JSON.parse(readDist(urls.finderIndex(locale).slice(1))) as FinderIndex]));

describe('situation finder', () => {
	it('has at least 20 scenarios in at least four languages', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(20);
		expect(new Set(scenarios.map((scenario) => scenario.locale)).size).toBeGreaterThanOrEqual(4);
	});

	// Issue 22 aims at 90%. Matching words, with synonyms, meets about two thirds of the scenarios (25 of 38 on
	// 8 December 2026; the rest need the meaning, not the words, of a situation): this floor keeps that from slipping
	// while the ranking improves. The test prints the scenarios missed.
	const FLOOR = 0.65;

	it(`puts the expected entries among the first five results in at least ${FLOOR * 100}% of the scenarios`, () => {
		const missed = scenarios
			.map((scenario) => {
				const top = rank(indexes.get(scenario.locale)!, scenario, scenario.locale, 5).map((result) => result.entry.id);
				return { scenario, top, missing: scenario.expect.filter((id) => !top.includes(id)) };
			})
			.filter(({ missing }) => missing.length > 0);
		const passed = scenarios.length - missed.length;
		console.log(`finder scenarios: ${passed} of ${scenarios.length} met`);
		for (const { scenario, top, missing } of missed) console.log(`  missed (${scenario.locale}) "${scenario.q}": ${missing.join(', ')} not in ${top.join(', ')}`);
		expect(passed / scenarios.length).toBeGreaterThanOrEqual(FLOOR);
	});

	it('says why each result came: the typed words it matched', () => {
		const [first] = rank(indexes.get('en')!, { q: 'rumours about refugees are spreading in our neighbourhood' }, 'en');
		expect(first.words.length).toBeGreaterThan(0);
		expect(first.words.every((word) => 'rumours about refugees are spreading in our neighbourhood'.includes(word))).toBe(true);
	});

	it('finds nothing for words no entry has, and nothing for stop words alone', () => {
		expect(rank(indexes.get('en')!, { q: 'zzzz qqqq' }, 'en')).toEqual([]);
		expect(rank(indexes.get('fr')!, { q: 'nous avons un problème avec les' }, 'fr')).toEqual([]);
	});

	it.each(locales)('%s: the index is at most 60 kB gzipped', (locale) => {
		expect(gzipSync(readDist(urls.finderIndex(locale).slice(1))).length).toBeLessThanOrEqual(60 * 1024);
	});
});
