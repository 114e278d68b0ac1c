import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEntry, readSourcesFile } from '../../src/model/entry-files.ts';
import { formatAnnotation, formatProblem, validate } from '../../src/model/validate.ts';
import { entryFile, lessonData, practiceData, sources } from '../support/fixtures.ts';

const P = 'content/practices/en/a.mdx';

/** The problem lines for one practice with the given fields changed. */
function practiceProblems(overrides: Record<string, unknown>): string[] {
	return validate({ entries: [entryFile('practices', 'a', practiceData(overrides))], sources }).map(formatProblem);
}

describe('validation messages name the file, the field, the problem and the fix', () => {
	it('accepts a valid practice', () => {
		expect(practiceProblems({})).toEqual([]);
	});

	it('unknown area: did you mean', () => {
		expect(practiceProblems({ areas: ['welcoming-policies', 'publc-services'] })).toEqual([
			`${P}: areas[1]: "publc-services" is not a known area of intervention. Did you mean "public-services"?`,
		]);
	});

	it('unknown country: did you mean, by code or by name', () => {
		expect(practiceProblems({ countries: ['UK', 'Spain'] })).toEqual([
			`${P}: countries[0]: "UK" is not an ISO 3166-1 alpha-2 country code. Did you mean "GB"?`,
			`${P}: countries[1]: "SPAIN" is not an ISO 3166-1 alpha-2 country code. Did you mean "ES"?`,
		]);
	});

	it('unknown value with no close match: the valid values', () => {
		expect(practiceProblems({ evidence: 'proven' })).toEqual([
			`${P}: evidence: "proven" is not a known evidence level. Use one of: self-reported, monitored, evaluated, independently-evaluated.`,
		]);
	});

	it('missing field', () => {
		expect(practiceProblems({ summary: undefined })).toEqual([
			`${P}: summary: is missing: add it (it must be text: one or two sentences saying what the practice is and why it matters; see docs/editing.md)`,
		]);
	});

	it('mistyped field name, at the top level and nested', () => {
		const data = practiceData({ source: { document: 'paged-doc', page: 3, pgae: 4 } });
		data.tpye = data.type;
		delete data.type;
		expect(validate({ entries: [entryFile('practices', 'a', data)], sources }).map(formatProblem)).toEqual([
			`${P}: type: is missing: add it (it must be one of the practice type codes: policy, law, programme, project, network, advisory-body, service, training, campaign, event, tool, research; see docs/editing.md)`,
			`${P}: source.pgae: is not a field of this entry. Did you mean "page"?`,
			`${P}: tpye: is not a field of this entry. Did you mean "type"?`,
		]);
	});

	it('a figure without a kind, or with an unknown one', () => {
		const figures = [
			{ value: '480', label: 'agents in the network' },
			{ value: '200,000', label: 'people expected to be reached', kind: 'targets' },
		];
		expect(practiceProblems({ impact: { figures } })).toEqual([
			`${P}: impact.figures[0].kind: is missing: add it (it must be one of the figure kind codes: result, target, context; see docs/editing.md)`,
			`${P}: impact.figures[1].kind: "targets" is not a known figure kind. Did you mean "target"?`,
		]);
	});

	it('a length that is not a whole number of months', () => {
		expect(practiceProblems({ duration: { start: '2022-11', months: 'two years' } })).toEqual([
			`${P}: duration.months: must be the length in months the source states, as a whole number (24)`,
		]);
		expect(practiceProblems({ duration: { start: '2022-11', months: 1.5 } })).toEqual([`${P}: duration.months: must be a whole number of months (24)`]);
	});

	it('notStated: only what no field shows, never against a field', () => {
		const impact = { figures: [{ value: '480', label: 'agents trained', kind: 'result' }] };
		expect(practiceProblems({ impact, notStated: ['lead', 'results', 'funding', 'funding', 'resluts'] })).toEqual([
			`${P}: notStated[0]: "lead" is shown from the other fields when they leave it out: remove it here`,
			`${P}: notStated[4]: "resluts" is not a fact to record here. Did you mean "results"?`,
			`${P}: notStated[1]: "results" contradicts the entry's figures (one is a result): remove it, or correct the figure's kind`,
			`${P}: notStated[3]: "funding" is listed twice: remove one`,
		]);
		expect(practiceProblems({ notStated: ['results', 'participants'] })).toEqual([]);
	});

	it('a period that ends before it starts', () => {
		expect(practiceProblems({ duration: { start: 2020, end: 2019 } })).toEqual([`${P}: duration.end: ends before it starts: check start and end`]);
	});

	it('summary too long', () => {
		expect(practiceProblems({ summary: 'x'.repeat(301) })).toEqual([`${P}: summary: is longer than 300 characters: shorten it`]);
	});

	it('invalid YAML', () => {
		const parsed = parseEntry('---\ntitle: A: B\n---\nBody');
		const file = { ...entryFile('practices', 'a', parsed.data), error: parsed.error };
		expect(validate({ entries: [file], sources }).map(formatProblem)).toEqual([
			`${P}: has frontmatter that is not valid YAML (line 2): bad indentation of a mapping entry`,
		]);
	});

	it('a date that does not exist, which YAML would silently roll over', () => {
		const parsed = parseEntry('---\ntitle: A\nupdated: 2026-13-45\n---\nBody');
		const file = { ...entryFile('practices', 'a', parsed.data), error: parsed.error };
		expect(validate({ entries: [file], sources }).map(formatProblem)).toEqual([
			`${P}: updated (line 3): "2026-13-45" is not a real date: write a date that exists, as YYYY-MM-DD`,
		]);
		expect(parseEntry('---\nupdated: 2024-02-29 # a leap day\n---\n').error).toBeUndefined();
		expect(parseEntry('---\nupdated: 2023-02-29\n---\n').error).toContain('"2023-02-29" is not a real date');
	});

	it('a file name that is not a slug', () => {
		const file = { ...entryFile('practices', 'Bilbao Strategy', practiceData()) };
		expect(validate({ entries: [file], sources }).map(formatProblem)).toEqual([
			'content/practices/en/Bilbao Strategy.mdx: has a file name that is not a valid slug: rename it to "bilbao-strategy.mdx" (lower-case words joined by hyphens)',
		]);
	});
});

describe('every problem in one run', () => {
	it('reports all the problems of every file, body and frontmatter alike', () => {
		const broken = parseEntry('---\ntitle: A: B\n---\n\nText {process.exit()}.\n\n<script />\n');
		const files = [
			{ ...entryFile('practices', 'a', broken.data), body: broken.body, bodyLine: broken.bodyLine, error: broken.error },
			entryFile('practices', 'b', practiceData({ title: 'B', level: 'locall', areas: [] })),
		];
		expect(validate({ entries: files, sources }).map(formatProblem)).toEqual([
			`${P}:5: body: a JavaScript expression {…} is not allowed: entries are content, not code. Remove it, or write \\{ and \\} to show braces`,
			`${P}:7: body: the HTML element <script> is not allowed: use Markdown instead (only <abbr>, <sup>, <sub>, <br> may be written as HTML, with lang or title attributes)`,
			`${P}: has frontmatter that is not valid YAML (line 2): bad indentation of a mapping entry`,
			'content/practices/en/b.mdx: level: "locall" is not a known level. Did you mean "local"?',
			'content/practices/en/b.mdx: areas: needs at least one area',
		]);
	});
});

describe('GitHub annotations', () => {
	it('put each problem on its line of the file, escaped as GitHub reads them', () => {
		const [problem] = validate({ entries: [{ ...entryFile('practices', 'a', practiceData({ areas: ['welcoming-policies', 'publc-services'] })), frontmatter: 'title: A\nareas: [welcoming-policies, publc-services]' }], sources });
		expect(problem.line).toBe(3);
		expect(formatAnnotation(problem)).toBe(
			'::error file=content/practices/en/a.mdx,line=3,title=areas[1]::"publc-services" is not a known area of intervention. Did you mean "public-services"?',
		);
		expect(formatAnnotation({ path: 'a,b:c.mdx', field: '', message: '50% done\nnext' })).toBe('::error file=a%2Cb%3Ac.mdx,title=entry::50%25 done%0Anext');
	});
});

describe('content/sources.yaml', () => {
	async function sourcesProblems(text: string): Promise<string[]> {
		const dir = mkdtempSync(join(tmpdir(), 'ip-sources-'));
		mkdirSync(join(dir, 'content'));
		writeFileSync(join(dir, 'content/sources.yaml'), text);
		const { data, error } = await readSourcesFile(dir);
		return validate({ entries: [], sources: data, sourcesError: error }).map(formatProblem);
	}
	const source = '- id: doc\n  title: A document\n  publisher: Someone\n  citation: Someone, Doc\n  paged: false\n';

	it('a YAML syntax error, with its line', async () => {
		expect(await sourcesProblems(`${source}- id: [doc\n`)).toEqual([
			expect.stringMatching(/^content\/sources\.yaml: is a file that is not valid YAML \(line 7\): /),
		]);
	});

	it('a date that does not exist, or is not a date', async () => {
		expect(await sourcesProblems(`${source}  date: 2024-02-30\n`)).toEqual([
			'content/sources.yaml: date (line 6): "2024-02-30" is not a real date: write a date that exists, as YYYY-MM-DD',
		]);
		expect(await sourcesProblems(`${source}  date: November 2024\n`)).toEqual(['content/sources.yaml: [0].date: must be a date written as YYYY-MM-DD']);
	});

	it('a mistyped field and an address that is not a web address', async () => {
		expect(await sourcesProblems(`${source}  publsher: Someone\n  url: ftp://example.org\n`)).toEqual([
			'content/sources.yaml: [0].url: must be a full http(s) address, e.g. https://example.org/page',
			'content/sources.yaml: [0].publsher: is not a field of this entry. Did you mean "publisher"?',
		]);
	});
});

describe('cross-entry checks', () => {
	it('a source id that is not in the sources list', () => {
		expect(practiceProblems({ source: { document: 'paged-dco', page: 2 } })).toEqual([
			`${P}: source.document: "paged-dco" is not in content/sources.yaml. Did you mean "paged-doc"?`,
		]);
	});

	it('a paged source cited without a page', () => {
		expect(practiceProblems({ source: { document: 'paged-doc' } })).toEqual([
			`${P}: source.page: is missing: this document has pages, so give the page the entry comes from`,
		]);
	});

	it('related pointing to nothing', () => {
		const entries = [entryFile('practices', 'bilbao-anti-rumours', practiceData()), entryFile('lessons', 'l', lessonData({ related: ['bilbao-anti-rumour'] }))];
		expect(validate({ entries, sources }).map(formatProblem)).toEqual([
			'content/lessons/en/l.mdx: related[0]: "bilbao-anti-rumour" is not a practice. Did you mean "bilbao-anti-rumours"?',
		]);
	});

	it('duplicate slugs', () => {
		const entries = [entryFile('practices', 'a', practiceData({ title: 'One' })), { ...entryFile('practices', 'a', practiceData({ title: 'Two' })), path: 'content/practices/en/a.md', extension: 'md' }];
		expect(validate({ entries, sources }).map(formatProblem)).toEqual([
			'content/practices/en/a.md: must be an .mdx file: rename it',
			`content/practices/en/a.md: has the same slug as ${P}: rename one of them`,
		]);
	});

	it('duplicate titles', () => {
		const entries = [entryFile('practices', 'a', practiceData()), entryFile('practices', 'b', practiceData())];
		expect(validate({ entries, sources }).map(formatProblem)).toEqual([
			`content/practices/en/b.mdx: title: is the same as in ${P}: make the titles distinct`,
		]);
	});

	it('a language folder that is not a site language', () => {
		expect(validate({ entries: [entryFile('practices', 'a', practiceData(), 'xx')], sources }).map(formatProblem)).toEqual([
			'content/practices/xx/a.mdx: is in "xx", which is not a site language: move it under one of en, fr, de, es, it, ro',
		]);
	});

	it('a translation holds text only, and matches its original one to one', () => {
		const original = entryFile('practices', 'a', practiceData({ impact: { summary: 'Reached 480.', figures: [{ value: '480', label: 'agents', kind: 'result' }, { value: '130', label: 'trained', kind: 'result' }] } }));
		const translation = entryFile('practices', 'a', { title: 'Une pratique', summary: 'Un service.', countries: ['FR'], evidence: 'evaluated', impact: { figures: ['agents'] }, links: ['Site'], updated: new Date('2026-12-01') }, 'fr');
		expect(validate({ entries: [original, translation], sources }).map(formatProblem)).toEqual([
			'content/practices/fr/a.mdx: countries: is a fact, which a translation takes from the original entry (so that it can never contradict it): remove it',
			'content/practices/fr/a.mdx: evidence: is a fact, which a translation takes from the original entry (so that it can never contradict it): remove it',
			'content/practices/fr/a.mdx: impact.summary: is missing: the original has an impact summary; translate it',
			"content/practices/fr/a.mdx: impact.figures: has 1 labels, but the original has 2 figures: give one label per figure, in the original's order",
			"content/practices/fr/a.mdx: links: has 1 titles, but the original has 0 links: give one title per link, in the original's order",
		]);
	});

	it("a translated figure value keeps the original's numbers, in the language's own grouping", () => {
		const original = entryFile('practices', 'a', practiceData({ impact: { figures: [{ value: 'more than 1,360', label: 'young people', kind: 'target' }, { value: '850k', label: 'meals', kind: 'result' }, { value: '28k', label: 'people', kind: 'result' }] } }));
		const figures = [{ value: 'plus de 1 360', label: 'jeunes' }, { value: '850 000', label: 'repas' }, { value: '280 000', label: 'personnes' }];
		const translation = entryFile('practices', 'a', { title: 'Une pratique', summary: 'Un service.', impact: { figures }, updated: new Date('2026-12-01') }, 'fr');
		expect(validate({ entries: [original, translation], sources }).map(formatProblem)).toEqual([
			'content/practices/fr/a.mdx: impact.figures[2].value: "280 000" has other numbers than the original\'s "28k": keep the same numbers, only their wording and separators change',
		]);
	});

	it('a translated place needs an original one', () => {
		const original = entryFile('practices', 'a', practiceData());
		const translation = entryFile('practices', 'a', { title: 'Une pratique', summary: 'Un service.', place: 'Catalogne', updated: new Date('2026-12-01') }, 'fr');
		expect(validate({ entries: [original, translation], sources }).map(formatProblem)).toEqual([
			'content/practices/fr/a.mdx: place: has no original: the original entry names no place; remove it',
		]);
	});

	it('a translation of nothing', () => {
		const translation = entryFile('lessons', 'gone', { title: 'Leçon', statement: 'Texte.', updated: new Date('2026-12-01') }, 'fr');
		expect(validate({ entries: [translation], sources }).map(formatProblem)).toEqual([
			'content/lessons/fr/gone.mdx: is a translation of nothing: add content/lessons/en/gone.mdx, or give it the slug of the entry it translates',
		]);
	});

	it('a duplicated source id', () => {
		expect(validate({ entries: [], sources: [...sources, sources[1]] }).map(formatProblem)).toEqual([
			'content/sources.yaml: [2].id: "brief" is listed twice: give each document one entry',
		]);
	});
});

describe('reserved names', () => {
	it('an entry may not take the address of a list page or the table', () => {
		expect(validate({ entries: [entryFile('practices', 'table', practiceData())], sources }).map(formatProblem)).toEqual([
			'content/practices/en/table.mdx: has the name "table", which the site uses for an address of its own (/en/practices/table/): rename the file',
		]);
	});
});
