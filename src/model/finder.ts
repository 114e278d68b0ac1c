/**
 * The situation finder's ranking: the entries whose words meet what a practitioner typed, best first, each with
 * what it matched. Runs in the browser on the page's index (./finder-index.ts) and in the tests on the same
 * file. A typed word counts by its score in the entry (BM25), a synonym's at a little over half; the more of
 * the typed words an entry meets, the more its score counts; the practitioner's country, role and chosen areas
 * raise the entries that share them, and never bring in one that matches no word.
 */
import { type FinderWords, queryWords, stemsMatch } from './finder-text.ts';

export const roles = ['teacher', 'social-worker', 'police', 'local-official', 'ngo', 'youth-worker'] as const;
export type Role = (typeof roles)[number];

/** The areas of intervention and target groups each role works in or with: an entry sharing one is raised. */
export const roleFocus: Record<Role, { areas: readonly string[]; targets: readonly string[] }> = {
	teacher: { areas: ['education', 'youth', 'language-learning'], targets: ['children', 'youth', 'educators'] },
	'social-worker': { areas: ['health-social-care', 'social-protection', 'child-protection', 'housing', 'inclusion'], targets: ['families', 'children', 'first-line-practitioners', 'people-with-disabilities'] },
	police: { areas: ['human-rights-security', 'polarisation-prevention', 'human-rights-anti-discrimination'], targets: ['police', 'victims-of-discrimination'] },
	'local-official': { areas: ['public-services', 'participation', 'multilevel-governance', 'welcoming-policies'], targets: ['local-authorities', 'public-officials'] },
	ngo: { areas: ['participation', 'human-rights-anti-discrimination', 'inclusive-narratives', 'intercultural-dialogue'], targets: ['civil-society', 'migrants'] },
	'youth-worker': { areas: ['youth', 'culture-leisure', 'polarisation-prevention', 'education'], targets: ['youth', 'children'] },
};

export interface FinderEntry {
	id: string;
	title: string;
	url: string;
	countries: string[];
	areas: string[];
	targets: string[];
	/** Pairs of an index in the index's `stems` and the stem's score in this entry (BM25, in tenths). */
	t: number[];
}

export interface FinderIndex {
	/** The language's stop words and synonyms, as stems. */
	words: FinderWords;
	stems: string[];
	entries: FinderEntry[];
}

export interface FinderQuery {
	q: string;
	country?: string;
	role?: Role;
	areas?: readonly string[];
}

export interface FinderResult {
	entry: FinderEntry;
	score: number;
	/** The typed words it matched, as typed. */
	words: string[];
	/** The areas it shares with those chosen, and with the role's. */
	areas: string[];
	roleAreas: string[];
	inCountry: boolean;
}

const SYNONYM = 0.55;
/** What a typed word outside the situations' vocabulary counts for, against one inside it. */
const INCIDENTAL = 0.5;

/** For each stem of the index, the entries that hold it and its weight there: built once per index. */
const postingsOf = new WeakMap<FinderIndex, Map<number, [number, number][]>>();
function postings(index: FinderIndex): Map<number, [number, number][]> {
	let map = postingsOf.get(index);
	if (!map) {
		map = new Map();
		index.entries.forEach((entry, e) => {
			for (let i = 0; i < entry.t.length; i += 2) {
				const list = map!.get(entry.t[i]) ?? [];
				list.push([e, entry.t[i + 1]]);
				map!.set(entry.t[i], list);
			}
		});
		postingsOf.set(index, map);
	}
	return map;
}

/** Each stem's place in the index's list, for the synonyms, which are looked up as they are. */
const numbersOf = new WeakMap<FinderIndex, Map<string, number>>();
function stemNumber(index: FinderIndex): Map<string, number> {
	let map = numbersOf.get(index);
	if (!map) numbersOf.set(index, (map = new Map(index.stems.map((stem, s) => [stem, s]))));
	return map;
}

export function rank(index: FinderIndex, query: FinderQuery, locale: string, limit = 10): FinderResult[] {
	const words = queryWords(query.q, locale, index.words);
	if (words.length === 0) return [];
	const byStem = postings(index);
	const scores = new Map<number, { score: number; words: string[]; topical: number }>();
	// Where each stem of the index is met: the entries that hold it, with its score there.
	const scoresOf = (match: (stem: string) => boolean) => {
		const found = new Map<number, number>();
		index.stems.forEach((stem, s) => {
			if (match(stem)) for (const [e, weight] of byStem.get(s) ?? []) found.set(e, Math.max(found.get(e) ?? 0, weight / 10));
		});
		return found;
	};
	const exactly = (part: string) => new Map((byStem.get(stemNumber(index).get(part) ?? -1) ?? []).map(([e, weight]) => [e, weight / 10]));
	for (const word of words) {
		// The best this word gives each entry: its own stem, or else a synonym's at a lower weight. A synonym
		// counts only as itself ("romani", a synonym of "Roma", must not reach "Romania"), and a phrase only
		// where the entry has all its words, at the weakest one's score.
		const best = scoresOf((stem) => stemsMatch(stem, word.stem));
		for (const synonym of word.synonyms) {
			const parts = synonym.map((part) => exactly(part));
			for (const [e, first] of parts[0]) {
				const weakest = parts.reduce((low, part) => Math.min(low, part.get(e) ?? 0), first);
				if (weakest > 0) best.set(e, Math.max(best.get(e) ?? 0, SYNONYM * weakest));
			}
		}
		for (const [e, value] of best) {
			const found = scores.get(e) ?? { score: 0, words: [], topical: 0 };
			found.score += word.topical ? value : INCIDENTAL * value;
			found.words.push(word.word);
			found.topical += Number(word.topical);
			scores.set(e, found);
		}
	}
	const focus = query.role ? roleFocus[query.role] : undefined;
	const topicalWords = words.filter((word) => word.topical).length;
	const results = [...scores].map(([e, { score, words: matched, topical }]) => {
		const entry = index.entries[e];
		const areas = entry.areas.filter((area) => query.areas?.includes(area));
		const roleAreas = focus ? entry.areas.filter((area) => focus.areas.includes(area)) : [];
		const roleTargets = focus ? entry.targets.filter((target) => focus.targets.includes(target)) : [];
		const inCountry = !!query.country && entry.countries.includes(query.country);
		// The more of the situation's words an entry meets, the more its score counts.
		let total = score * (1 + (topicalWords ? topical / topicalWords : matched.length / words.length));
		total *= 1 + 0.3 * Number(areas.length > 0) + 0.15 * Number(roleAreas.length + roleTargets.length > 0) + 0.5 * Number(inCountry);
		return { entry, score: total, words: matched, areas, roleAreas, inCountry };
	});
	return results.sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title)).slice(0, limit);
}
