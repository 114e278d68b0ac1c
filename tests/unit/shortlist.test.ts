import { describe, expect, it } from 'vitest';
import { formatIds, MAX_COMPARED, parseIds, slugOf } from '../../src/model/shortlist.ts';

describe('shortlist ids', () => {
	it('reads practices from an address, each once, in order', () => {
		expect(parseIds('practices/bilbao-anti-rumours-strategy,practices/fuenlabrada-anti-rumours-strategy,practices/bilbao-anti-rumours-strategy')).toEqual([
			'practices/bilbao-anti-rumours-strategy',
			'practices/fuenlabrada-anti-rumours-strategy',
		]);
	});

	it('leaves out what is not a practice: lessons, paths, markup, empty parts', () => {
		expect(parseIds('lessons/a,practices/../x,practices/<b>,,practices/-a,practices/a-,practices/ok-1')).toEqual(['practices/ok-1']);
		expect(parseIds(null)).toEqual([]);
		expect(parseIds('')).toEqual([]);
	});

	it(`keeps at most ${MAX_COMPARED}`, () => {
		const ids = Array.from({ length: 6 }, (_, n) => `practices/p${n}`);
		expect(parseIds(formatIds(ids))).toEqual(ids.slice(0, MAX_COMPARED));
	});

	it('gives the slug of an id', () => {
		expect(slugOf('practices/bilbao-anti-rumours-strategy')).toBe('bilbao-anti-rumours-strategy');
	});
});
