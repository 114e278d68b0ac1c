/**
 * Finds runs of words an entry shares verbatim with its source document: entries must be written in
 * our own words. Names and titles are allowed to match, so the fields that hold them, link texts,
 * quoted passages and runs made mostly of capitalised words (lists of names) are left out.
 */
export const MAX_SHARED_WORDS = 9;

/** The text's words, in their original case. */
export function tokens(text: string): string[] {
	return text
		.normalize('NFKC')
		.replace(/[’‘]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.map((word) => word.replace(/^'+|'+$/g, ''))
		.filter(Boolean);
}

export function words(text: string): string[] {
	return tokens(text).map((token) => token.toLowerCase());
}

/** A run most of whose words are capitalised or numbers is a list of names, such as partner organisations. */
function isNameList(run: readonly string[]): boolean {
	return run.filter((token) => /^[\p{Lu}\p{N}]/u.test(token)).length >= run.length * 0.6;
}

/** Entry prose: the fields written by the editor, with names, titles and quotations removed. */
export function entryProse(data: Record<string, unknown>, body: string): string {
	const impact = (data.impact ?? {}) as { summary?: string; figures?: { label?: string }[] };
	const parts = [
		data.summary,
		data.statement,
		impact.summary,
		...(impact.figures ?? []).map((figure) => figure.label),
		body
			.replace(/\[([^\]]*)\]\([^)]*\)/g, ' ') // link texts are document titles
			.replace(/“[^”]*”|"[^"\n]*"|«[^»]*»|„[^“”]*[“”]/g, ' ') // quoted names and titles, as each language quotes
			.replace(/https?:\/\/\S+/g, ' '),
	];
	return parts.filter((part): part is string => typeof part === 'string').join('\n');
}

export interface SharedRun {
	words: number;
	text: string;
}

/** The source documents' runs of `limit + 1` words: built once, then checked against every entry. */
export class SourceRuns {
	readonly n: number;
	readonly grams = new Set<string>();
	constructor(source: string | readonly string[], limit = MAX_SHARED_WORDS) {
		this.n = limit + 1;
		for (const text of typeof source === 'string' ? [source] : source) {
			const sourceWords = words(text);
			for (let i = 0; i + this.n <= sourceWords.length; i++) this.grams.add(sourceWords.slice(i, i + this.n).join(' '));
		}
	}
}

/** Runs of more than MAX_SHARED_WORDS consecutive words found in both texts, longest first. */
export function sharedRuns(prose: string, source: string | readonly string[] | SourceRuns, limit = MAX_SHARED_WORDS): SharedRun[] {
	const { n, grams } = source instanceof SourceRuns ? source : new SourceRuns(source, limit);
	const proseTokens = tokens(prose);
	const proseWords = proseTokens.map((token) => token.toLowerCase());
	const runs: SharedRun[] = [];
	let i = 0;
	while (i + n <= proseWords.length) {
		if (!grams.has(proseWords.slice(i, i + n).join(' '))) {
			i++;
			continue;
		}
		let end = i + n;
		while (end < proseWords.length && grams.has(proseWords.slice(end - n + 1, end + 1).join(' '))) end++;
		if (!isNameList(proseTokens.slice(i, end))) runs.push({ words: end - i, text: proseWords.slice(i, end).join(' ') });
		i = end;
	}
	return runs.sort((a, b) => b.words - a.words);
}
