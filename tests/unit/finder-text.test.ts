import { describe, expect, it } from 'vitest';
import { queryWords, stem, stemsMatch, stemsOf } from '../../src/model/finder-text.ts';
import { finderWords } from '../../src/model/finder-words.ts';

const en = finderWords('en');
const fr = finderWords('fr');

describe('finder words', () => {
	it('meets a word in its forms: plural, accents, case', () => {
		expect(stem('rumours', 'en')).toBe(stem('Rumour', 'en'));
		expect(stem('écoles', 'fr')).toBe(stem('ecole', 'fr'));
		expect(stemsMatch(stem('Schule', 'de'), stem('Schulen', 'de'))).toBe(true);
	});

	it('keeps Roma apart from Romania: a short stem matches only itself, and synonyms only as themselves', () => {
		expect(stemsMatch(stem('Roma', 'en'), stem('Romania', 'en'))).toBe(false);
		expect(queryWords('Roma', 'en', en)[0].synonyms.flat()).not.toContain(stem('Romania', 'en'));
	});

	it('leaves out stop words, and brings in synonyms of what was typed', () => {
		expect(stemsOf('we have a problem with the', 'en', en)).toEqual([]);
		const [rumours] = queryWords('rumours', 'en', en);
		expect(rumours.word).toBe('rumours');
		expect(rumours.synonyms.flat()).toContain(stem('rumor', 'en'));
	});

	it('reads a typed phrase of a synonym group only when its words come in a row', () => {
		const words = { stops: [], synonyms: [['hate speech', 'hateful speech', 'incitem']] };
		expect(queryWords('hate speech online', 'en', words).flatMap((word) => word.synonyms)).toContainEqual(['incitem']);
		expect(queryWords('speech about hate', 'en', words).flatMap((word) => word.synonyms)).not.toContainEqual(['incitem']);
		// A phrase synonym keeps its words together: an entry meets it only with all of them.
		expect(queryWords('incitement', 'en', words)[0].synonyms).toContainEqual(['hateful', 'speech']);
	});

	it("splits elided words: l'école is école", () => {
		expect(stemsOf("l'école", 'fr', fr)).toEqual([stem('école', 'fr')]);
	});
});
