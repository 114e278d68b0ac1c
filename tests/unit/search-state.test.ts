import { describe, expect, it } from 'vitest';
import { isEmpty, onlyOption, parseState, stateToQuery, toggle } from '../../src/model/search-state.ts';

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

	it('reads a start-year range, the right way round, and ignores what is not a year', () => {
		expect(parseState('?from=2015&to=2020')).toMatchObject({ from: 2015, to: 2020 });
		expect(parseState('?from=2020&to=2015')).toMatchObject({ from: 2015, to: 2020 });
		expect(parseState('?from=soon&to=20')).toEqual({ q: '', filters: {} });
		expect(stateToQuery(parseState('?to=2020&country=ES&from=2015'))).toBe('?country=ES&from=2015&to=2020');
		expect(isEmpty(parseState('?to=2020'))).toBe(false);
	});
});

describe('one option alone', () => {
	it('is a search for one facet option, in list order, and nothing else', () => {
		expect(onlyOption(parseState('?country=EE'))).toEqual({ key: 'country', value: 'EE' });
		expect(onlyOption(parseState('?country=EE&sort=title'))).toEqual({ key: 'country', value: 'EE' });
	});

	it('is not a search with words, another option, a year range or another order', () => {
		for (const query of ['', '?q=roma&country=EE', '?country=EE&country=ES', '?country=EE&area=education', '?country=EE&from=2018', '?country=EE&sort=start']) {
			expect(onlyOption(parseState(query)), query).toBeUndefined();
		}
	});
});

describe('matchesFilters', () => {
	it('is OR within a facet and AND across facets', async () => {
		const { matchesFilters } = await import('../../src/model/search-state.ts');
		const bilbao = { kind: ['practice'], country: ['ES'], area: ['inclusive-narratives', 'education'], level: ['local'] };
		expect(matchesFilters(bilbao, {})).toBe(true);
		expect(matchesFilters(bilbao, { area: ['education', 'housing'] })).toBe(true);
		expect(matchesFilters(bilbao, { area: ['housing'] })).toBe(false);
		expect(matchesFilters(bilbao, { country: ['ES'], level: ['national'] })).toBe(false);
		expect(matchesFilters(bilbao, { country: ['ES', 'FR'], level: ['local'] })).toBe(true);
		expect(matchesFilters(bilbao, { target: ['police'] })).toBe(false);
	});
});
