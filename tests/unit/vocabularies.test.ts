import { describe, expect, it } from 'vitest';
import * as vocabularies from '../../src/model/vocabularies.ts';
import { closest } from '../../src/model/suggest.ts';
import { locales } from '../../src/i18n/locales.ts';

describe('vocabularies', () => {
	for (const [name, vocabulary] of Object.entries(vocabularies)) {
		it(`${name}: codes are URL-safe slugs, each labelled in every language, the labels distinct within a language`, () => {
			expect(vocabulary.codes.length).toBeGreaterThan(0);
			for (const code of vocabulary.codes) {
				expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
				expect(vocabulary.has(code)).toBe(true);
				for (const locale of locales) expect(vocabulary.label(code as never, locale)?.trim(), `${code} in ${locale}`).toBeTruthy();
			}
			for (const locale of locales) {
				const labels = vocabulary.codes.map((code) => vocabulary.label(code as never, locale));
				expect(new Set(labels).size, locale).toBe(labels.length);
			}
		});
	}

	it('cover every area of intervention the compendium names', () => {
		const named = [
			'Human rights and anti-discrimination', 'Human rights and security', 'Inclusion', 'Business and employment', 'Youth',
			'Equal rights and opportunities', 'Gender equality', 'Roma and Travellers', 'Inclusive and alternative narratives and communication',
			'Public services', 'Interreligious dialogue', 'Intercultural dialogue', 'Education', 'Social and political participation',
			'Public space', 'Welcoming policies', 'Health and social care', 'Housing',
		];
		const labels = vocabularies.areas.codes.map((code) => vocabularies.areas.label(code, 'en'));
		for (const label of named) expect(labels).toContain(label);
	});

	it('reject values that are not codes', () => {
		expect(vocabularies.areas.has('Public services')).toBe(false);
		expect(vocabularies.areas.has('toString')).toBe(false);
	});
});

describe('closest', () => {
	it('finds near misses and contained words', () => {
		expect(closest('publc-services', vocabularies.areas.codes)).toBe('public-services');
		expect(closest('pve', vocabularies.lessonTopics.codes)).toBe('pve-approach');
	});

	it('offers nothing for an unrelated value', () => {
		expect(closest('zzzzzz', vocabularies.areas.codes)).toBeUndefined();
	});
});
