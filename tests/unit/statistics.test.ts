/** The counts behind the statistics, the evidence page and the gap matrix, on records made for the test. */
import { describe, expect, it } from 'vitest';
import { gapMatrix } from '../../src/model/gaps.ts';
import type { SearchRecord } from '../../src/model/search.ts';
import { countBy, countByStartYear, withoutStartYear } from '../../src/model/statistics.ts';

const record = (filters: SearchRecord['filters'], start?: string): SearchRecord => ({
	filters: { kind: ['practice'], ...filters },
	sort: { title: 'x', start },
	card: { url: '', title: '', where: '', typeLabel: '', areas: [], summary: '', evidence: '' },
});

const records = [
	record({ country: ['ES'], level: ['local'], area: ['education', 'inclusive-narratives'], target: ['youth'], evidence: ['self-reported'] }, '2013'),
	record({ country: ['ES'], level: ['local'], area: ['inclusive-narratives'], target: ['general-public'], evidence: ['evaluated'] }, '2015'),
	record({ country: ['ES', 'PT'], level: ['european'], area: ['education'], target: ['youth'], evidence: ['monitored'] }),
	{ ...record({ country: ['FR'], area: ['education'] }), filters: { kind: ['lesson'], country: ['FR'], area: ['education'] } },
];

describe('countBy', () => {
	it('counts practices only, most first, ties by label', () => {
		expect(countBy(records, 'country', (code) => code)).toEqual([
			{ value: 'ES', label: 'ES', count: 3 },
			{ value: 'PT', label: 'PT', count: 1 },
		]);
	});

	it('keeps a scale in its own order', () => {
		expect(countBy(records, 'level', (code) => code, ['local', 'regional', 'national', 'european']).map((bar) => bar.value)).toEqual(['local', 'european']);
	});
});

describe('countByStartYear', () => {
	it('gives every year from the first to the last, and says how many have none', () => {
		expect(countByStartYear(records).map((bar) => [bar.value, bar.count])).toEqual([
			['2013', 1],
			['2014', 0],
			['2015', 1],
		]);
		expect(withoutStartYear(records)).toBe(1);
	});
});

describe('gapMatrix', () => {
	it('counts the practices of each area and target group, with the strongest evidence among them', () => {
		const matrix = gapMatrix(records, ['education', 'inclusive-narratives', 'housing'], ['youth', 'general-public'], ['self-reported', 'monitored', 'evaluated', 'independently-evaluated']);
		expect(matrix.cells).toEqual([
			[{ count: 2, strongest: 'monitored' }, { count: 0, strongest: undefined }],
			[{ count: 1, strongest: 'self-reported' }, { count: 1, strongest: 'evaluated' }],
			[{ count: 0, strongest: undefined }, { count: 0, strongest: undefined }],
		]);
		expect(matrix.max).toBe(2);
	});
});
