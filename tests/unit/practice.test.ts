import { describe, expect, it } from 'vitest';
import { citation, endOf, figuresByKind, formatDate, formatPeriod, practiceStatus, startYear, unstatedFactsOf } from '../../src/model/practice.ts';
import { practiceSchema } from '../../src/model/schema.ts';
import { practiceData } from '../support/fixtures.ts';

const today = new Date('2026-11-21');

describe('practiceStatus', () => {
	it('is ongoing when the source says so', () => {
		expect(practiceStatus({ start: '2013', end: 'ongoing' }, today)).toBe('ongoing');
	});

	it('is ongoing while a planned end is ahead, and ended once it has passed', () => {
		expect(practiceStatus({ start: '2024', end: '2027' }, today)).toBe('ongoing');
		expect(practiceStatus({ end: '2026-11' }, today)).toBe('ongoing');
		expect(practiceStatus({ end: '2026-10' }, today)).toBe('ended');
		expect(practiceStatus({ start: '2019', end: '2021' }, today)).toBe('ended');
	});

	it('derives the end of a fixed term from a start to the month and a length', () => {
		expect(endOf({ start: '2022-11', months: 24 })).toBe('2024-10');
		expect(endOf({ start: '2022-01', months: 36 })).toBe('2024-12');
		expect(endOf({ start: '2022-07', months: 6 })).toBe('2022-12');
		expect(practiceStatus({ start: '2022-11', months: 24 }, today)).toBe('ended');
		expect(practiceStatus({ start: '2026-06', months: 12 }, today)).toBe('ongoing');
	});

	it('keeps a stated end over a derived one, and derives none from a start year alone', () => {
		expect(endOf({ start: '2019-02', end: '2022-06', months: 29 })).toBe('2022-06');
		expect(endOf({ start: '2022', months: 24 })).toBeUndefined();
		expect(practiceStatus({ start: '2022', months: 24 }, today)).toBe('unknown');
	});

	it('is unknown when the source gives no end', () => {
		expect(practiceStatus(undefined, today)).toBe('unknown');
		expect(practiceStatus({ start: '2020' }, today)).toBe('unknown');
		expect(practiceStatus({ text: 'several years' }, today)).toBe('unknown');
	});
});

describe('periods', () => {
	it('format years and months with Intl', () => {
		expect(formatPeriod({ start: '2022-03', end: 'ongoing' }, 'en')).toBe('March 2022 – ongoing');
		expect(formatPeriod({ start: '2024', end: '2027' }, 'en')).toBe('2024 – 2027');
		expect(formatPeriod({ start: '2013' }, 'en')).toBe('started in 2013');
		expect(formatPeriod({ end: '2020-06' }, 'en')).toBe('until June 2020');
		expect(formatPeriod({ text: 'a few months' }, 'en')).toBeUndefined();
	});

	it('show the length the source states, with Intl', () => {
		expect(formatPeriod({ start: '2022-11', months: 24 }, 'en')).toBe('November 2022 – October 2024 (24 months)');
		expect(formatPeriod({ start: '2022', months: 1 }, 'en')).toBe('started in 2022 (1 month)');
		expect(formatPeriod({ months: 3 }, 'en')).toBe('3 months');
	});

	it('give the start year for sorting', () => {
		expect(startYear({ start: '2022-03' })).toBe(2022);
		expect(startYear({ end: '2022' })).toBeUndefined();
	});
});

describe('figures by kind', () => {
	it('keeps each kind in the entry\'s order', () => {
		const figures = [
			{ value: '1', label: 'a', kind: 'target' },
			{ value: '2', label: 'b', kind: 'result' },
			{ value: '3', label: 'c', kind: 'target' },
		] as const;
		const byKind = figuresByKind([...figures]);
		expect(byKind.result.map((f) => f.value)).toEqual(['2']);
		expect(byKind.target.map((f) => f.value)).toEqual(['1', '3']);
		expect(byKind.context).toEqual([]);
	});
});

describe('what the source leaves out', () => {
	const parse = (overrides: Record<string, unknown>) => practiceSchema.parse(practiceData(overrides));

	it('is told from the fields, in the vocabulary\'s order, with what the editor records', () => {
		expect(unstatedFactsOf(parse({ notStated: ['funding', 'results'] }), false)).toEqual(['dates', 'lead', 'target-groups', 'results', 'funding', 'documents']);
	});

	it('names the missing end or start, not both, when one date is given', () => {
		const complete = { organisations: { lead: ['City Council'] }, targetGroups: ['migrants'], links: [{ title: 'Site', url: 'https://example.org' }] };
		expect(unstatedFactsOf(parse({ ...complete, duration: { start: 2013 } }), false)).toEqual(['end']);
		expect(unstatedFactsOf(parse({ ...complete, duration: { end: 2020 } }), false)).toEqual(['start']);
		expect(unstatedFactsOf(parse({ ...complete, duration: { start: '2022-11', months: 24 } }), false)).toEqual([]);
	});

	it('counts documents named in the body without an address', () => {
		expect(unstatedFactsOf(parse({}), true)).not.toContain('documents');
	});
});

describe('citation', () => {
	const source = { id: 'coe', title: 'Compendium', publisher: 'Council of Europe', citation: 'Council of Europe, CDADI(2024)39', paged: true };

	it('cites the page of a paged document', () => {
		expect(citation(source, { page: 24 }, 'en')).toBe('Council of Europe, CDADI(2024)39, p. 24');
	});

	it('cites the section of a document without pages', () => {
		expect(citation({ ...source, citation: 'CHAMPIONs project, Lessons learned', paged: false }, { section: 'LL: Policy (I)' }, 'en')).toBe(
			'CHAMPIONs project, Lessons learned, LL: Policy (I)',
		);
	});
});

describe('dates', () => {
	it('are written as each language writes them: British English, the French ordinal first of the month', () => {
		const first = new Date('2026-12-01T00:00:00Z');
		expect(formatDate(first, 'en')).toBe('1 December 2026');
		expect(formatDate(first, 'fr')).toBe('1er décembre 2026');
		expect(formatDate(new Date('2026-12-07T00:00:00Z'), 'fr')).toBe('7 décembre 2026');
		expect(formatDate(first, 'de')).toBe('1. Dezember 2026');
		expect(formatDate(first, 'ro')).toBe('1 decembrie 2026');
	});
});
