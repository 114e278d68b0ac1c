/**
 * The situation finder's index for one language, made at build time (src/pages/[locale]/finder/index.json.ts):
 * each practice's and lesson's distinctive stems with their scores (BM25 over what it is about, its title,
 * summary or statement and its labels, counted twice, and over its body, in that language), and what a result
 * shows.
 */
import type { Catalogue } from './catalogue.ts';
import { plainText } from './plain-text.ts';
import type { FinderEntry, FinderIndex } from './finder.ts';
import { stemsOf } from './finder-text.ts';
import { finderWords } from './finder-words.ts';
import { areas, lessonTopics, practiceTypes, targetGroups } from './vocabularies.ts';
import type { Locale } from '../i18n/locales.ts';

/** Stems kept per entry, its best by score: enough for the situations it answers, few enough for a small index. */
const TOP_STEMS = 80;
/** BM25's usual constants: how soon further uses of a word stop counting, and how much length weighs. */
const K1 = 1.2;
const B = 0.75;


interface Source {
	entry: Omit<FinderEntry, 't'>;
	/** What the entry is about: its title (twice: it says most), summary or statement, and its labels. */
	about: string;
	body: string;
}

/** How much more a word counts in what an entry is about than in its body. */
const ABOUT = 3;

/**
 * BM25 scores of each text's stems: a stem's score grows with how often the text uses it, less for each further
 * use and less in a long text, and with how few texts use it.
 */
function bm25(texts: string[][]): Map<string, number>[] {
	const df = new Map<string, number>();
	const tfs = texts.map((stems) => {
		const tf = new Map<string, number>();
		for (const stem of stems) tf.set(stem, (tf.get(stem) ?? 0) + 1);
		for (const stem of tf.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
		return tf;
	});
	const average = texts.reduce((sum, stems) => sum + stems.length, 0) / Math.max(1, texts.length);
	return tfs.map((tf, i) => {
		const norm = K1 * (1 - B + (B * texts[i].length) / average);
		return new Map([...tf].map(([stem, f]) => [stem, (Math.log(1 + (texts.length - df.get(stem)! + 0.5) / (df.get(stem)! + 0.5)) * f * (K1 + 1)) / (f + norm)]));
	});
}

export function finderIndex(catalogue: Catalogue, locale: Locale): FinderIndex {
	const words = finderWords(locale);
	const label = (codes: readonly string[], vocabulary: { label(code: string, locale: Locale): string }) => codes.map((code) => vocabulary.label(code, locale)).join('. ');
	const sources: Source[] = [
		...catalogue.practices.map(({ slug, url, data, body }) => ({
			entry: { id: `practices/${slug}`, title: data.title, url, countries: data.countries, areas: data.areas, targets: data.targetGroups },
			about: [data.title, data.title, data.summary, label(data.areas, areas), label(data.targetGroups, targetGroups), practiceTypes.label(data.type, locale)].join('. '),
			body: plainText(body.rendered?.html ?? ''),
		})),
		...catalogue.lessons.map(({ slug, url, data, body }) => ({
			entry: { id: `lessons/${slug}`, title: data.title, url, countries: data.countries, areas: data.areas, targets: [] },
			about: [data.title, data.title, data.statement, label(data.areas, areas), lessonTopics.label(data.topic, locale)].join('. '),
			body: plainText(body.rendered?.html ?? ''),
		})),
	];
	const about = bm25(sources.map((source) => stemsOf(source.about, locale, words)));
	const body = bm25(sources.map((source) => stemsOf(source.body, locale, words)));
	const stems: string[] = [];
	const stemIndex = new Map<string, number>();
	const entries = sources.map(({ entry }, i) => {
		const scores = new Map(body[i]);
		for (const [stem, score] of about[i]) scores.set(stem, (scores.get(stem) ?? 0) + ABOUT * score);
		const weighted = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_STEMS);
		const t: number[] = [];
		for (const [stem, w] of weighted) {
			if (!stemIndex.has(stem)) stemIndex.set(stem, stems.push(stem) - 1);
			// Tenths, as whole numbers: the file stays short, and the order of scores is kept.
			t.push(stemIndex.get(stem)!, Math.max(1, Math.round(w * 10)));
		}
		return { ...entry, t };
	});
	return { words, stems, entries };
}
