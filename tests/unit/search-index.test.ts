/** The search page's own index: its encoding, and the answers and counts it gives for a search state. */
import { describe, expect, it } from 'vitest';
import { facetKeys, type FacetKey } from '../../src/model/facets.ts';
import { columnValues, decodeColumn, decodeSearchIndex, encodeColumn, encodeSearchIndex, type IndexedEntry } from '../../src/model/search-index.ts';
import { runQuery } from '../../src/scripts/search/query.ts';
import { random } from '../../scripts/lib/corpus.ts';
import { parseState, type SearchState } from '../../src/model/search-state.ts';

const entry = (filters: IndexedEntry['filters'], start?: string): IndexedEntry => ({ filters, sort: { start } });

/** Four entries, in list (A–Z) order. */
const entries = [
	entry({ kind: ['practice'], country: ['ES'], area: ['education', 'youth'] }, '2016'),
	entry({ kind: ['practice'], country: ['ES', 'PT'], area: ['youth'] }, '2020'),
	entry({ kind: ['lesson'], country: [], area: ['education'] }),
	entry({ kind: ['practice'], country: ['EE'], area: ['education'] }, '2010'),
];
const index = decodeSearchIndex(JSON.parse(JSON.stringify(encodeSearchIndex(entries))));

describe('the index file', () => {
	it('gives back every entry’s values, whatever the number of options', () => {
		const values = [['b', 'a'], [], ['c'], [], Array.from({ length: 300 }, (_, i) => `option-${i}`)];
		const column = decodeColumn(JSON.parse(JSON.stringify(encodeColumn(values))), values.length);
		const decoded = values.map((_, n) => columnValues(column, n));
		expect(decoded).toEqual(values);
	});

	it('keeps start years, and no year where none is stated', () => {
		expect([...index.start]).toEqual([2016, 2020, Number.NaN, 2010]);
	});

	it('refuses a column that does not have one value list per entry', () => {
		expect(() => decodeColumn(encodeColumn([['a'], ['b']]), 3)).toThrow('a column has 2 entries, expected 3');
	});
});

describe('answers', () => {
	const answer = (query: string, matches: number[] | null = null) => runQuery(index, parseState(query), matches);

	it('OR within a facet, AND across facets, in A–Z order', () => {
		expect(answer('?country=ES,EE').entries).toEqual([0, 1, 3]);
		expect(answer('?country=ES,EE&area=youth').entries).toEqual([0, 1]);
		expect(answer('?country=PT&area=education').entries).toEqual([]);
	});

	it('counts a facet with a selection without its own filter, the others within the results', () => {
		const { counts } = answer('?country=ES&area=education');
		// Countries: entries with education (0, 2, 3), whatever their country.
		expect(counts.country).toEqual({ EE: 1, ES: 1, PT: 0 });
		// Areas: entries in Spain (0, 1), whatever their area.
		expect(counts.area).toEqual({ education: 1, youth: 2 });
		// Kind: the results only (entry 0).
		expect(counts.kind).toEqual({ lesson: 0, practice: 1 });
	});

	it('keeps the relevance order of matched words, unless a sort is chosen', () => {
		expect(answer('?q=x', [3, 0, 2]).entries).toEqual([3, 0, 2]);
		expect(answer('?q=x&sort=title', [3, 0, 2]).entries).toEqual([0, 2, 3]);
		expect(answer('?q=x&area=youth', [3, 1, 0]).entries).toEqual([1, 0]);
	});

	it('sorts by start year newest first, entries without a year last', () => {
		expect(answer('?sort=start').entries).toEqual([1, 0, 3, 2]);
	});

	it('keeps the entries that started within a range of years, and none whose start is not given', () => {
		expect(answer('?from=2016').entries).toEqual([0, 1]);
		expect(answer('?from=2010&to=2016').entries).toEqual([0, 3]);
		expect(answer('?to=2009').entries).toEqual([]);
		// Outside the range, an entry counts in no facet.
		expect(answer('?from=2016&country=ES').counts.country).toEqual({ EE: 0, ES: 2, PT: 1 });
	});
});

describe('answers on a larger index', () => {
	// A repeatable pseudo-random catalogue, checked against a plain reading of the rules.
	const next = random(7);
	const pick = (options: string[], max: number) => [...new Set(Array.from({ length: Math.floor(next() * (max + 1)) }, () => options[Math.floor(next() * options.length)]))];
	// Country codes are upper case, as the URL reader makes them.
	const option = (key: FacetKey, i: number) => (key === 'country' ? `C${i}` : `${key}-${i}`);
	const options = Object.fromEntries(facetKeys.map((key, k) => [key, Array.from({ length: 2 + k }, (_, i) => option(key, i))])) as Record<FacetKey, string[]>;
	const many = Array.from({ length: 400 }, () => entry(Object.fromEntries(facetKeys.map((key) => [key, pick(options[key], 3)]))));
	const big = decodeSearchIndex(encodeSearchIndex(many));

	const passes = (e: IndexedEntry, state: SearchState, except?: FacetKey) =>
		facetKeys.every((key) => key === except || !state.filters[key]?.length || state.filters[key]!.some((value) => e.filters[key]?.includes(value)));

	for (const query of ['?kind=kind-0', '?country=C1,C2&area=area-0', '?level=level-3&theme=theme-1,theme-4&target=target-2', '?source=source-0&status=status-1&evidence=evidence-2']) {
		it(`matches and counts ${query} as the rules say`, () => {
			const state = parseState(query);
			const { entries: found, counts } = runQuery(big, state, null);
			expect(found.length).toBeGreaterThan(0);
			expect(found).toEqual(many.flatMap((e, n) => (passes(e, state) ? [n] : [])));
			for (const key of facetKeys) {
				for (const option of options[key]) {
					const expected = many.filter((e) => passes(e, state, state.filters[key]?.length ? key : undefined) && e.filters[key]!.includes(option)).length;
					expect(counts[key][option] ?? 0, `${key}=${option}`).toBe(expected);
				}
			}
		});
	}
});
