/**
 * The typed words: the other forms a search also looks for (model/search-variants.ts), and "Did you
 * mean …?" for words the entries do not use. Pure functions, shared with the unit tests.
 */
import type { Locale } from '../../i18n/locales.ts';
import { searchVariants } from '../../model/search-variants.ts';
import { editDistance } from '../../model/suggest.ts';

/** Searches run for one query at most: the query itself and this many less its own. */
const MAX_ALTERNATIVES = 6;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query, then the query with each variant form put in for the one typed: "anti-rumors" →
 * ["anti-rumors", "anti-rumours"]. A form matches as a whole word, with or without a final "s",
 * which the replacement keeps.
 */
export function alternatives(query: string, locale: Locale): string[] {
	let queries = [query];
	for (const group of searchVariants[locale]) {
		for (const form of group) {
			const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${escape(form)}(s?)(?![\\p{L}\\p{M}])`, 'giu');
			if (!queries.some((q) => pattern.test(q))) continue;
			const more = queries.flatMap((q) => group.filter((other) => other !== form).map((other) => q.replace(pattern, (_, s: string) => other + s)));
			// Case aside, a query once: "Roma" and "roma" are one search.
			const seen = new Set<string>();
			queries = [...queries, ...more].filter((q) => !seen.has(q.toLocaleLowerCase(locale)) && seen.add(q.toLocaleLowerCase(locale))).slice(0, MAX_ALTERNATIVES + 1);
		}
	}
	return queries;
}

/**
 * The query with each word the entries do not use replaced by the closest one they do, or undefined
 * when there is nothing to correct. `words` is the language's list, most frequent first: among words
 * as close, the more frequent wins.
 */
export function suggestion(query: string, words: readonly string[], locale: Locale): string | undefined {
	const known = new Set(words);
	let changed = false;
	const corrected = query.replace(/\p{L}[\p{L}\p{M}'’-]*/gu, (word) => {
		const lower = word.toLocaleLowerCase(locale);
		if (lower.length < 4 || known.has(lower)) return word;
		const tolerance = lower.length >= 8 ? 2 : 1;
		let best: string | undefined;
		let bestDistance = tolerance + 1;
		for (const candidate of words) {
			if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
			const distance = editDistance(lower, candidate);
			if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
		}
		if (!best) return word;
		changed = true;
		return best;
	});
	return changed ? corrected : undefined;
}
