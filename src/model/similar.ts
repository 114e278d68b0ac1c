/**
 * Similar practices, computed at build time: what two practices share (areas, target groups, type, level) and how
 * alike their texts are (TF-IDF cosine over each entry's words in its language). Each practice is compared only
 * with those that share one of its distinctive words or an area, so that the work grows with the corpus, not with
 * its square.
 */
import type { Catalogue } from './catalogue.ts';
import { plainText } from './plain-text.ts';
import type { Locale } from '../i18n/locales.ts';
export interface SimilarInput {
	id: string;
	areas: readonly string[];
	targets: readonly string[];
	type: string;
	level: string;
	/** The entry's running text in the page's language: title, summary and body. */
	text: string;
}

export interface SimilarMatch {
	id: string;
	score: number;
	/** What the two share, for the line that says why: areas, target groups, the type, the distinctive words. */
	areas: string[];
	targets: string[];
	sameType: boolean;
	words: string[];
}

/** Distinctive words kept per entry: enough to find its neighbours, few enough to stay cheap at 10,000 entries. */
const TOP_TERMS = 25;
/**
 * A word or an area shared by more entries than this finds no candidates: at 10,000 entries an area holds
 * thousands, and comparing with all of them would make the work grow with the square of the corpus.
 */
const MAX_POSTINGS = 200;

/** The words of a text, lower case, of three letters or more (shorter ones are mostly grammar). */
export function words(text: string, locale: string): string[] {
	return (text.toLocaleLowerCase(locale).match(/\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}{3,}/gu) ?? []).filter((word) => word.length >= 3);
}

function tfidf(inputs: readonly SimilarInput[], locale: string): Map<string, number>[] {
	const counts = inputs.map((input) => {
		const tf = new Map<string, number>();
		for (const word of words(input.text, locale)) tf.set(word, (tf.get(word) ?? 0) + 1);
		return tf;
	});
	const df = new Map<string, number>();
	for (const tf of counts) for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
	return counts.map((tf) => {
		// A word in more than a quarter of the entries says little about any one of them (a stop word, in effect).
		const weighted = [...tf]
			.filter(([word]) => df.get(word)! <= Math.max(2, inputs.length / 4))
			.map(([word, n]) => [word, (1 + Math.log(n)) * Math.log(inputs.length / df.get(word)!)] as const)
			.sort((a, b) => b[1] - a[1])
			.slice(0, TOP_TERMS);
		const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
		return new Map(weighted.map(([word, w]) => [word, w / norm]));
	});
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value));
const jaccard = (a: readonly string[], b: readonly string[]) => (a.length + b.length ? shared(a, b).length / new Set([...a, ...b]).size : 0);

/** For each input, its most similar others, best first: at least `min` where there are that many, at most `max`. */
export function similarEntries(inputs: readonly SimilarInput[], locale: string, { min = 3, max = 5 } = {}): Map<string, SimilarMatch[]> {
	const vectors = tfidf(inputs, locale);
	const byWord = new Map<string, number[]>();
	const byArea = new Map<string, number[]>();
	vectors.forEach((vector, i) => {
		for (const word of vector.keys()) byWord.set(word, [...(byWord.get(word) ?? []), i]);
		for (const area of inputs[i].areas) byArea.set(area, [...(byArea.get(area) ?? []), i]);
	});
	const result = new Map<string, SimilarMatch[]>();
	inputs.forEach((input, i) => {
		const candidates = new Set<number>();
		const postings = [...[...vectors[i].keys()].map((word) => byWord.get(word)!), ...input.areas.map((area) => byArea.get(area)!)];
		for (const list of postings) if (list.length <= MAX_POSTINGS) for (const j of list) candidates.add(j);
		candidates.delete(i);
		const matches = [...candidates].map((j) => {
			const other = inputs[j];
			let cosine = 0;
			const common: [string, number][] = [];
			for (const [word, w] of vectors[i]) {
				const v = vectors[j].get(word);
				if (v !== undefined) {
					cosine += w * v;
					common.push([word, w * v]);
				}
			}
			const score = 0.55 * cosine + 0.2 * jaccard(input.areas, other.areas) + 0.1 * jaccard(input.targets, other.targets) + 0.1 * Number(input.type === other.type) + 0.05 * Number(input.level === other.level);
			return {
				id: other.id,
				score,
				areas: shared(input.areas, other.areas),
				targets: shared(input.targets, other.targets),
				sameType: input.type === other.type,
				words: common.sort((a, b) => b[1] - a[1]).slice(0, 3).map(([word]) => word),
			};
		});
		matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
		// The best `max`, without the weakest tail: a match under half the best one's score is left out, down to `min`.
		const best = matches[0]?.score ?? 0;
		result.set(input.id, matches.slice(0, max).filter((match, n) => n < min || match.score >= best / 2));
	});
	return result;
}


const computed = new WeakMap<Catalogue, Map<string, SimilarMatch[]>>();

/** Each practice's similar practices in `catalogue`'s language, by slug; computed once a build and language. */
export function similarPractices(catalogue: Catalogue, locale: Locale): Map<string, SimilarMatch[]> {
	let similar = computed.get(catalogue);
	if (!similar) {
		const inputs = catalogue.practices.map(({ slug, data, body }) => ({
			id: slug,
			areas: data.areas,
			targets: data.targetGroups,
			type: data.type,
			level: data.level,
			text: [data.title, data.summary, plainText(body.rendered?.html ?? '')].join('\n'),
		}));
		computed.set(catalogue, (similar = similarEntries(inputs, locale)));
	}
	return similar;
}
