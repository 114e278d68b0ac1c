/**
 * A synthetic corpus of any size for the benchmark: valid entries whose fields and prose are drawn, with a
 * fixed seed, from the vocabularies and from the words of the real entries. Written as this site's content
 * folder, or as Markdown pages for the reference site (Starlight) the benchmark compares it with.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { CollectionName, EntryFile } from '../../src/model/entry-files.ts';
import { areas, evidenceLevels, lessonTopics, levels, practiceTypes, targetGroups, themes } from '../../src/model/vocabularies.ts';

const countries = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'NO', 'IS', 'CH', 'GB', 'TR', 'MK', 'AL', 'RS', 'ME', 'BA', 'MD', 'UA', 'GE', 'AM', 'AD'];

/** Mulberry32: small, fast and repeatable. */
export function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export interface GeneratedEntry {
	collection: CollectionName;
	slug: string;
	/** The frontmatter, as this site's schema reads it. */
	data: Record<string, unknown> & { title: string };
	/** Markdown. */
	body: string;
}

/** `size` entries, one in twenty a lesson; the same ones for the same size and model. */
export function generateCorpus(size: number, model: EntryFile[]): GeneratedEntry[] {
	const next = random(42);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(items)))];
	const words = model.flatMap((entry) => entry.body.replace(/[#*[\]()]/g, ' ').split(/\s+/).filter((word) => /^[A-Za-z][a-z-]{2,}$/.test(word)));
	const sentence = (n: number) => {
		const text = Array.from({ length: n }, () => pick(words)).join(' ');
		return `${text[0].toUpperCase()}${text.slice(1)}.`;
	};
	const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(8 + Math.floor(next() * 12))).join(' ');

	const lessons = Math.round(size / 20);
	return Array.from({ length: size }, (_, i) => {
		const title = `${sentence(3 + Math.floor(next() * 5)).slice(0, -1)} ${i}`;
		const isLesson = i < lessons;
		const data = isLesson
			? { title, statement: sentence(20), topic: pick(lessonTopics.codes), areas: some(areas.codes, 2), source: { document: 'champions-lessons-learned', section: 'Generated' }, updated: new Date('2026-11-21') }
			: {
					title,
					summary: sentence(25).slice(0, 290),
					countries: some(countries, 2),
					level: pick(levels.codes),
					type: pick(practiceTypes.codes),
					areas: some(areas.codes, 3),
					theme: pick(themes.codes),
					duration: { start: 2000 + Math.floor(next() * 25), end: next() < 0.5 ? 'ongoing' : 2025 },
					evidence: pick(evidenceLevels.codes),
					targetGroups: some(targetGroups.codes, 3),
					source: { document: 'coe-compendium-2024', page: 1 + Math.floor(next() * 125) },
					updated: new Date('2026-11-21'),
				};
		const body = isLesson ? paragraph() : `## Context\n\n${paragraph()}\n\n## What was done\n\n${paragraph()}\n\n## Impact\n\n${paragraph()}\n`;
		return { collection: isLesson ? 'lessons' : 'practices', slug: `generated-${i}`, data, body };
	});
}

/** Writes files 500 at a time. */
async function writeAll(files: Iterable<[path: string, text: string]>): Promise<void> {
	const writes: Promise<void>[] = [];
	for (const [path, text] of files) {
		writes.push(writeFile(path, text));
		if (writes.length >= 500) await Promise.all(writes.splice(0));
	}
	await Promise.all(writes);
}

/** The corpus as this site's content folder (English entries; the other languages fall back to them). */
export async function writeCorpus(dir: string, entries: GeneratedEntry[], sourcesYaml: string): Promise<void> {
	for (const collection of new Set(entries.map((entry) => entry.collection))) await mkdir(join(dir, collection, 'en'), { recursive: true });
	await writeFile(join(dir, 'sources.yaml'), sourcesYaml);
	await writeAll(entries.map(({ collection, slug, data, body }) => [join(dir, collection, 'en', `${slug}.mdx`), `---\n${yaml.dump(data)}---\n\n${body}`]));
}

/**
 * The corpus as Starlight pages, one Markdown file per entry at the top of the site: its title, its summary
 * (or a lesson's statement) as the description, its facts as a list, then its text; and a home page.
 */
export async function writeMarkdownPages(dir: string, entries: GeneratedEntry[]): Promise<void> {
	await mkdir(dir, { recursive: true });
	const page = (title: string, description: string, body: string) => `---\n${yaml.dump({ title, description })}---\n\n${body}`;
	const facts = (data: GeneratedEntry['data']) =>
		Object.entries(data)
			.filter(([key]) => !['title', 'summary', 'statement', 'updated'].includes(key))
			.map(([key, value]) => `- **${key}**: ${Array.isArray(value) ? value.join(', ') : typeof value === 'object' ? Object.values(value as object).join(' – ') : String(value)}`)
			.join('\n');
	await writeAll([
		[join(dir, 'index.md'), page('Intercultural Practices', 'The benchmark’s reference site.', `${entries.length} generated entries.\n`)],
		...entries.map(({ slug, data, body }): [string, string] => [join(dir, `${slug}.md`), page(data.title, String(data.summary ?? data.statement), `${facts(data)}\n\n${body}`)]),
	]);
}
