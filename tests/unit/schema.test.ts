import { describe, expect, it } from 'vitest';
import { lessonSchema, practiceSchema } from '../../src/model/schema.ts';
import { lessonData, practiceData } from '../support/fixtures.ts';

describe('practice schema', () => {
	it('accepts a minimal practice and fills the defaults', () => {
		const practice = practiceSchema.parse(practiceData());
		expect(practice.targetGroups).toEqual([]);
		expect(practice.organisations).toEqual({ lead: [], partners: [] });
		expect(practice.links).toEqual([]);
	});

	it('normalises country codes to upper case', () => {
		expect(practiceSchema.parse(practiceData({ countries: ['es', ' gb '] })).countries).toEqual(['ES', 'GB']);
	});

	it('reads a bare YAML year as a year', () => {
		const { duration } = practiceSchema.parse(practiceData({ duration: { start: 2013, end: 'ongoing' } }));
		expect(duration).toEqual({ start: '2013', end: 'ongoing' });
	});

	it('accepts year-month periods and rejects malformed ones', () => {
		expect(practiceSchema.safeParse(practiceData({ duration: { start: '2022-03', end: '2024-12' } })).success).toBe(true);
		expect(practiceSchema.safeParse(practiceData({ duration: { start: '2022-13' } })).success).toBe(false);
		expect(practiceSchema.safeParse(practiceData({ duration: { start: 'March 2022' } })).success).toBe(false);
	});

	it('rejects a summary over 300 characters or with Markdown', () => {
		expect(practiceSchema.safeParse(practiceData({ summary: 'x'.repeat(301) })).success).toBe(false);
		expect(practiceSchema.safeParse(practiceData({ summary: 'x'.repeat(300) })).success).toBe(true);
		expect(practiceSchema.safeParse(practiceData({ summary: 'A **bold** claim.' })).success).toBe(false);
	});

	it('requires a country unless the practice is European or international', () => {
		expect(practiceSchema.safeParse(practiceData({ countries: [] })).success).toBe(false);
		expect(practiceSchema.safeParse(practiceData({ countries: [], level: 'european' })).success).toBe(true);
	});

	it('accepts only full http(s) links', () => {
		expect(practiceSchema.safeParse(practiceData({ links: [{ title: 'Site', url: 'https://example.org/' }] })).success).toBe(true);
		expect(practiceSchema.safeParse(practiceData({ links: [{ title: 'Site', url: 'example.org' }] })).success).toBe(false);
		expect(practiceSchema.safeParse(practiceData({ links: [{ title: 'Site', url: 'ftp://example.org/' }] })).success).toBe(false);
	});
});

describe('lesson schema', () => {
	it('accepts a lesson and defaults related to none', () => {
		expect(lessonSchema.parse(lessonData()).related).toEqual([]);
	});

	it('rejects an unknown topic', () => {
		expect(lessonSchema.safeParse(lessonData({ topic: 'other' })).success).toBe(false);
	});
});
