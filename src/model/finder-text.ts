/**
 * How the situation finder reads words, the same way for an entry (at build time) and for what a practitioner
 * types (in the browser): lower case, accents folded, a final "s" dropped, cut to seven letters, so that
 * "rumours", "rumour" and "Rumor" meet, as "écoles" and "école" do. Stop words are left out, and a word in a
 * group of synonyms brings in the group's others. The words come with the language's index
 * (./finder-words.ts makes them), so the browser loads only its page's language's. Imports nothing.
 */

/** A language's stop words and synonym groups, as stems; a phrase's stems joined by a space. */
export interface FinderWords {
	stops: string[];
	synonyms: string[][];
}

/** A stem this long or longer also matches the stems it begins (Schule → Schulen); shorter ones only themselves (Roma, not Romania). */
export const PREFIX_MIN = 5;
const STEM_LENGTH = 7;

/** A word's stem: folded, without a final "s" (plurals in five of the six languages), at most seven letters. */
export function stem(word: string, locale: string): string {
	const folded = word
		.toLocaleLowerCase(locale)
		.normalize('NFD')
		.replace(/\p{M}/gu, '');
	return (folded.length > 4 && folded.endsWith('s') ? folded.slice(0, -1) : folded).slice(0, STEM_LENGTH);
}

/** The words of a text, as typed: letters, with inner hyphens; "l'école" and "dell'odio" give "école" and "odio". */
export function wordsOf(text: string): string[] {
	return text.match(/\p{L}[\p{L}\p{M}-]*/gu)?.map((word) => word.replace(/-+$/, '')) ?? [];
}

export const stemsMatch = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= PREFIX_MIN && (a.startsWith(b) || b.startsWith(a)));

const stopSets = new WeakMap<FinderWords, Set<string>>();
const stopsOf = (words: FinderWords) => {
	let set = stopSets.get(words);
	if (!set) stopSets.set(words, (set = new Set(words.stops)));
	return set;
};

/** The stems of a text that carry meaning: stop words and words of one or two letters left out. */
export function stemsOf(text: string, locale: string, words: FinderWords): string[] {
	const stops = stopsOf(words);
	return wordsOf(text)
		.filter((word) => word.length > 2)
		.map((word) => stem(word, locale))
		.filter((s) => !stops.has(s));
}

/** A typed word and what it brings in: its own stem, and its synonyms, each a stem or a phrase's stems. */
export interface QueryWord {
	/** The word as typed, for the line that says why a result came. */
	word: string;
	stem: string;
	/** Each synonym as its stems: one for a word, several for a phrase, which an entry meets only with all of them. */
	synonyms: string[][];
	/** Whether the word is in the situations' vocabulary (a synonym group): a word outside it ("answer", "keep") says less about the situation. */
	topical: boolean;
}

/** What a practitioner typed, as words to match: each meaningful word once, with its synonyms. */
export function queryWords(text: string, locale: string, words: FinderWords): QueryWord[] {
	const stops = stopsOf(words);
	const typed = wordsOf(text).filter((word) => word.length > 2 && !stops.has(stem(word, locale)));
	const stems = typed.map((word) => stem(word, locale));
	// A phrase of the synonym groups ("hate speech") counts when its words were typed in a row.
	const joined = ` ${stems.join(' ')} `;
	const seen = new Set<string>();
	return typed.flatMap((word, i) => {
		const own = stems[i];
		if (seen.has(own)) return [];
		seen.add(own);
		const synonyms = new Map<string, string[]>();
		let topical = false;
		for (const group of words.synonyms) {
			const hit = group.some((member) => (member.includes(' ') ? joined.includes(` ${member} `) && member.split(' ').includes(own) : stemsMatch(member, own)));
			if (!hit) continue;
			topical = true;
			for (const member of group) if (member !== own) synonyms.set(member, member.split(' '));
		}
		return [{ word, stem: own, synonyms: [...synonyms.values()], topical }];
	});
}
