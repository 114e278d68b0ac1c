/**
 * The browse-and-search page's own index of facet values and start years. The page filters, counts
 * and sorts with it, and asks Pagefind only which entries match typed words: Pagefind's own filter
 * counting took over a second per search at 10,000 entries, and its filter data alone outweighed the
 * page's budget for a first filtered search (issue 4: 120 kB).
 *
 * Entries are numbered in the order of the page's full, server-rendered list (A–Z by title): entry
 * n's result card is in card file ⌊n / CARDS_PER_FILE⌋ (urls.searchCards).
 * Each column stores every entry's values as one string (option i is the character at code point
 * FIRST_CODE + i, entries separated by commas), which gzip shrinks to a few bytes per entry.
 * Encoding and decoding live together here, with the shapes of the search page's other data files.
 */
import { facetKeys, type FacetKey } from './facets.ts';
import type { ResultCardData } from './search.ts';

const FIRST_CODE = 0x30;

/** Result cards come in files of this many entries, in entry order (urls.searchCards): a result fetches only its own file. */
export const CARDS_PER_FILE = 10;

/** Results the page's script shows at first, and then at each "Show more". */
export const RESULTS_SHOWN = 12;

/**
 * The first results of a search for one facet option alone, the commonest first search (urls.searchFirst):
 * their entry numbers and cards, in list order. The page fetches it when a visitor reaches for the option,
 * so that the results can show without waiting for the index and then for each result's card file.
 */
export interface FirstResultsFile {
	entries: number[];
	cards: ResultCardData[];
}

const SEPARATOR = ',';

/** A column as written to the index file. */
export interface EncodedColumn {
	options: string[];
	values: string;
}

export interface SearchIndexFile {
	/** How many entries; they are numbered 0 … size − 1 in list order. */
	size: number;
	facets: Record<FacetKey, EncodedColumn>;
	/** Start years, as a column whose options are years ("2016"). */
	start: EncodedColumn;
}

/** What the search page needs of Pagefind (urls.searchPagefind): the language's bundles, and the page id of each entry. */
export interface SearchPagefindFile {
	/** Addresses of the bundles: the first is loaded, the others merged into it. */
	bundles: string[];
	/** Pagefind's page id of entry n, at n. */
	ids: string[];
}

/** A column decoded: entry n's option numbers are codes[offsets[n]] … codes[offsets[n + 1] − 1]. */
export interface Column {
	options: string[];
	offsets: Uint32Array;
	codes: Uint16Array;
}

export interface SearchIndex {
	size: number;
	facets: Record<FacetKey, Column>;
	/** Each entry's start year, or NaN where it is not stated. */
	start: Float64Array;
}

/** What the index needs of each entry (a SearchRecord has it), in list order. */
export interface IndexedEntry {
	filters: Partial<Record<FacetKey, readonly string[]>>;
	sort: { start?: string };
}

export function encodeColumn(entries: readonly (readonly string[])[]): EncodedColumn {
	const options = [...new Set(entries.flat())].sort();
	const number = new Map(options.map((option, i) => [option, i]));
	const values = entries.map((values) => values.map((value) => String.fromCharCode(FIRST_CODE + number.get(value)!)).join('')).join(SEPARATOR);
	return { options, values };
}

export function decodeColumn({ options, values }: EncodedColumn, size: number): Column {
	const offsets = new Uint32Array(size + 1);
	const codes = new Uint16Array(values.length);
	let entry = 0;
	let count = 0;
	const separator = SEPARATOR.charCodeAt(0);
	for (let i = 0; i < values.length; i++) {
		const code = values.charCodeAt(i);
		if (code === separator) offsets[++entry] = count;
		else codes[count++] = code - FIRST_CODE;
	}
	if (entry !== size - 1 && size > 0) throw new Error(`Search index: a column has ${entry + 1} entries, expected ${size}`);
	offsets[size] = count;
	return { options, offsets, codes: codes.subarray(0, count) };
}

/** Entry n's values in a decoded column, as option strings. */
export function columnValues({ options, offsets, codes }: Column, n: number): string[] {
	return Array.from(codes.subarray(offsets[n], offsets[n + 1]), (code) => options[code]);
}

export function encodeSearchIndex(entries: readonly IndexedEntry[]): SearchIndexFile {
	const facets = Object.fromEntries(facetKeys.map((key) => [key, encodeColumn(entries.map((entry) => entry.filters[key] ?? []))])) as Record<FacetKey, EncodedColumn>;
	return { size: entries.length, facets, start: encodeColumn(entries.map((entry) => (entry.sort.start ? [entry.sort.start] : []))) };
}

export function decodeSearchIndex(file: SearchIndexFile): SearchIndex {
	const facets = Object.fromEntries(facetKeys.map((key) => [key, decodeColumn(file.facets[key], file.size)])) as Record<FacetKey, Column>;
	const years = decodeColumn(file.start, file.size);
	// Read straight from the column: this runs on a visitor's first search, for every entry.
	const yearOf = years.options.map(Number);
	const start = new Float64Array(file.size).fill(Number.NaN);
	for (let n = 0; n < file.size; n++) if (years.offsets[n] < years.offsets[n + 1]) start[n] = yearOf[years.codes[years.offsets[n]]];
	return { size: file.size, facets, start };
}
