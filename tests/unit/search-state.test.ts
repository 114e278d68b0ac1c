import { describe, expect, it } from 'vitest';
import { facetCounts, isEmpty, pagefindFilters, pagefindSort, parseState, stateToQuery, toggle } from '../../src/scripts/search/state.ts';

describe('search state in the URL', () => {
	it('reads the query, repeated facet values and the sort', () => {
		expect(parseState('?q=rumours&country=ES&country=fr&area=public-services&sort=start')).toEqual({
			q: 'rumours',
			filters: { country: ['ES', 'FR'], area: ['public-services'] },
			sort: 'start',
		});
	});

	it('accepts comma-separated values and drops unknown parameters and sorts', () => {
		expect(parseState('?country=ES,PT&utm_source=x&sort=random')).toEqual({ q: '', filters: { country: ['ES', 'PT'] } });
	});

	it('writes a canonical query: facets in order, values sorted', () => {
		const state = { q: ' rumours ', filters: { area: ['youth', 'education'], country: ['ES'] }, sort: 'title' as const };
		expect(stateToQuery(state)).toBe('?q=rumours&country=ES&area=education&area=youth&sort=title');
		expect(stateToQuery(parseState(stateToQuery(state)))).toBe(stateToQuery(state));
		expect(stateToQuery({ q: '', filters: {} })).toBe('');
	});

	it('is empty with no words, no filters and no sort', () => {
		expect(isEmpty(parseState(''))).toBe(true);
		expect(isEmpty(parseState('?q=%20'))).toBe(true);
		expect(isEmpty(parseState('?sort=start'))).toBe(false);
		expect(isEmpty(toggle(parseState('?country=ES'), 'country', 'ES', false))).toBe(true);
	});
});

describe('Pagefind options', () => {
	const state = parseState('?q=x&country=ES&country=PT&area=youth');

	it('OR within a facet, AND across facets', () => {
		expect(pagefindFilters(state)).toEqual({ country: { any: ['ES', 'PT'] }, area: { any: ['youth'] } });
	});

	it('can leave one facet out, to count its options', () => {
		expect(pagefindFilters(state, 'country')).toEqual({ area: { any: ['youth'] } });
	});

	it('sorts by relevance with words, A–Z without, or as chosen', () => {
		expect(pagefindSort(parseState('?q=x'))).toBeUndefined();
		expect(pagefindSort(parseState('?country=ES'))).toEqual({ title: 'asc' });
		expect(pagefindSort(parseState('?q=x&sort=start'))).toEqual({ start: 'desc' });
	});
});

describe('facet counts', () => {
	it('count a facet with a selection without its own filter, the others within the results', () => {
		const current = { country: { ES: 3, PT: 0 }, area: { youth: 2, education: 1 } };
		const withoutCountry = { country: { ES: 3, PT: 5 }, area: { youth: 7, education: 4 } };
		expect(facetCounts(current, { country: withoutCountry })).toMatchObject({ country: { ES: 3, PT: 5 }, area: { youth: 2, education: 1 } });
	});
});
