import { describe, expect, it } from 'vitest';
import { citation, formatPeriod, practiceStatus, startYear } from '../../src/model/practice.ts';

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
		expect(formatPeriod({ start: '2013' }, 'en')).toBe('since 2013');
		expect(formatPeriod({ end: '2020-06' }, 'en')).toBe('until June 2020');
		expect(formatPeriod({ text: 'a few months' }, 'en')).toBeUndefined();
	});

	it('give the start year for sorting', () => {
		expect(startYear({ start: '2022-03' })).toBe(2022);
		expect(startYear({ end: '2022' })).toBeUndefined();
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
