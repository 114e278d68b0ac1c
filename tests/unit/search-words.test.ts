import { describe, expect, it } from 'vitest';
import { alternatives, suggestion } from '../../src/scripts/search/words.ts';

describe('spelling variants', () => {
	it('looks for the other forms of a word, keeping a plural', () => {
		expect(alternatives('rumors', 'en')).toEqual(['rumors', 'rumours']);
		expect(alternatives('anti-rumor strategy', 'en')).toEqual(['anti-rumor strategy', 'anti-rumour strategy']);
		expect(alternatives('Roma', 'en')).toEqual(['Roma', 'romani', 'romany']);
		expect(alternatives('hateful speech', 'en')).toEqual(['hateful speech', 'hate speech']);
	});

	it('matches whole words only, and leaves other queries alone', () => {
		expect(alternatives('Romania', 'en')).toEqual(['Romania']);
		expect(alternatives('integration', 'en')).toEqual(['integration']);
	});

	it('uses the variants of the page’s language', () => {
		expect(alternatives('rroms', 'fr')).toContain('roms');
		expect(alternatives('rromi', 'ro')).toContain('romi');
	});

	it('runs a few searches at most, however many variants a query has', () => {
		expect(alternatives('roma rumour centre programme organisation', 'en').length).toBeLessThanOrEqual(7);
	});
});

describe('did you mean', () => {
	const words = ['integration', 'intercultural', 'participation', 'rumours', 'education', 'migrant', 'migrants'];

	it('corrects a word the entries do not use to the closest one they do', () => {
		expect(suggestion('intergation', words, 'en')).toBe('integration');
		expect(suggestion('migrant partcipation', words, 'en')).toBe('migrant participation');
	});

	it('offers nothing for known or short words, or when nothing is close', () => {
		expect(suggestion('migrants', words, 'en')).toBeUndefined();
		expect(suggestion('abc', words, 'en')).toBeUndefined();
		expect(suggestion('photosynthesis', words, 'en')).toBeUndefined();
	});

	it('prefers the more frequent of two words as close', () => {
		expect(suggestion('migrantz', ['migrants', 'migranta'], 'en')).toBe('migrants');
	});
});
