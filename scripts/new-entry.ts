/**
 * `npm run new`: writes the skeleton of a new practice or lesson, valid as it stands.
 * Takes flags (`npm run new -- --kind practice --title "…" --country ES --area education --type project`)
 * and asks in the terminal for whatever they leave out, offering the allowed values.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentDir, readSourcesFile } from '../src/model/entry-files.ts';
import { isCountryCode, suggestCountry } from '../src/model/countries.ts';
import { closest } from '../src/model/suggest.ts';
import { areas, lessonTopics, levels, practiceTypes, type Vocabulary } from '../src/model/vocabularies.ts';
import { lessonSkeleton, practiceSkeleton, slugify } from './lib/skeleton.ts';

const root = resolve(import.meta.dirname, '..');
const { values: flags } = parseArgs({
	options: {
		kind: { type: 'string' },
		title: { type: 'string' },
		slug: { type: 'string' },
		country: { type: 'string', multiple: true },
		area: { type: 'string', multiple: true },
		type: { type: 'string' },
		level: { type: 'string' },
		topic: { type: 'string' },
		source: { type: 'string' },
		page: { type: 'string' },
		section: { type: 'string' },
	},
});

// Lines are queued as they come, so that answers piped in ahead of their questions are not lost.
const terminal = createInterface({ input: process.stdin, terminal: false });
const lines: string[] = [];
const waiting: ((line: string | undefined) => void)[] = [];
let inputEnded = false;
terminal.on('line', (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
terminal.on('close', () => {
	inputEnded = true;
	for (const resolve of waiting.splice(0)) resolve(undefined);
});
const nextLine = (): Promise<string | undefined> =>
	lines.length ? Promise.resolve(lines.shift()) : inputEnded ? Promise.resolve(undefined) : new Promise((resolve) => waiting.push(resolve));

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

/** One answer: the flag's value, or what the editor types; `check` returns why a value is wrong. */
async function ask(flag: string, question: string, given: string | undefined, check: (value: string) => string | undefined): Promise<string> {
	for (let value = given?.trim(); ; ) {
		if (value) {
			const problem = check(value);
			if (!problem) return value;
			if (given !== undefined && value === given.trim()) console.error(`--${flag}: ${problem}`);
			else console.error(problem);
		}
		process.stdout.write(`${question}\n> `);
		const line = await nextLine();
		if (line === undefined) fail(`\nMissing --${flag}: ${question}`);
		value = line.trim();
		given = undefined;
	}
}

/** "education, youth" or repeated flags → codes, each checked. */
const split = (values: readonly string[] | undefined) => values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean).join(', ');

function codeCheck(vocabulary: Vocabulary<string>, noun: string) {
	return (value: string) => {
		for (const code of value.split(',').map((part) => part.trim()).filter(Boolean)) {
			if (vocabulary.has(code)) continue;
			const guess = closest(code, vocabulary.codes);
			return `"${code}" is not a known ${noun}. ${guess ? `Did you mean "${guess}"?` : `Use one of: ${vocabulary.codes.join(', ')}.`}`;
		}
		return undefined;
	};
}

const choices = (vocabulary: Vocabulary<string>) => vocabulary.codes.map((code) => `  ${code} (${vocabulary.label(code, 'en')})`).join('\n');
const codes = (answer: string) => answer.split(',').map((part) => part.trim()).filter(Boolean);

const kind = await ask('kind', 'Kind of entry: practice or lesson?', flags.kind, (value) => (value === 'practice' || value === 'lesson' ? undefined : `"${value}" is not a kind: write practice or lesson.`));
const collection = kind === 'practice' ? 'practices' : 'lessons';
const title = await ask('title', kind === 'practice' ? "The practice's name, as the source gives it:" : 'The lesson in a few words:', flags.title, () => undefined);
const slug = flags.slug ?? slugify(title);
const dir = join(contentDir(root), collection, 'en');
const file = join(dir, `${slug}.mdx`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is not a valid slug: use lower-case words joined by hyphens (--slug).`);
if (existsSync(file)) fail(`${relative(root, file)} exists already: choose another title, or give another --slug.`);

const countryCheck = (value: string) => {
	for (const code of codes(value).map((c) => c.toUpperCase())) {
		if (isCountryCode(code)) continue;
		const guess = suggestCountry(code);
		return `"${code}" is not an ISO 3166-1 alpha-2 country code. ${guess ? `Did you mean "${guess}"?` : 'Use a two-letter code such as "ES".'}`;
	}
	return undefined;
};
const countries = kind === 'practice' ? codes((await ask('country', 'Countries, as ISO codes separated by commas (ES, IT):', split(flags.country), countryCheck)).toUpperCase()) : [];
const areaList = codes(await ask('area', `Areas of intervention, separated by commas:\n${choices(areas)}`, split(flags.area), codeCheck(areas, 'area of intervention')));
const type = kind === 'practice' ? await ask('type', `Type of practice:\n${choices(practiceTypes)}`, flags.type, codeCheck(practiceTypes, 'practice type')) : '';
const level = kind === 'practice' ? await ask('level', `Level:\n${choices(levels)}`, flags.level, codeCheck(levels, 'level')) : '';
const topic = kind === 'lesson' ? await ask('topic', `Topic:\n${choices(lessonTopics)}`, flags.topic, codeCheck(lessonTopics, 'lesson topic')) : '';

const sources = await readSourcesFile(root);
const documents = Array.isArray(sources.data) ? (sources.data as { id: string; paged: boolean; title: string }[]) : fail(`content/sources.yaml ${sources.error ?? 'is not a list'}`);
const document = await ask('source', `The source document, one of:\n${documents.map((d) => `  ${d.id} (${d.title})`).join('\n')}`, flags.source, (value) => {
	if (documents.some((d) => d.id === value)) return undefined;
	const guess = closest(value, documents.map((d) => d.id));
	return `"${value}" is not in content/sources.yaml. ${guess ? `Did you mean "${guess}"?` : 'Add the document there first.'}`;
});
const paged = documents.find((d) => d.id === document)!.paged;
const where = paged
	? { page: Number(await ask('page', 'The page the entry comes from:', flags.page, (value) => (/^[1-9]\d*$/.test(value) ? undefined : `"${value}" is not a page number.`))) }
	: { section: await ask('section', 'The part of the document (section or slide title):', flags.section, () => undefined) };
terminal.close();

const updated = new Date().toISOString().slice(0, 10);
const text =
	kind === 'practice'
		? practiceSkeleton({ title, countries, areas: areaList, type, level, document, ...where, updated })
		: lessonSkeleton({ title, topic, areas: areaList, document, ...where, updated });
await mkdir(dir, { recursive: true });
await writeFile(file, text);
console.log(`Wrote ${relative(root, file)}.`);
console.log('Next: fill it in from the source, following CONTRIBUTING.md (every field is there, with a comment), then run npm run validate.');
