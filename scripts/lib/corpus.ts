/**
 * Writes a synthetic content folder of any size for the benchmark: valid entries whose fields and
 * prose are drawn, with a fixed seed, from the vocabularies and from the words of the real entries.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { EntryFile } from '../../src/model/entry-files.ts';
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

export async function writeCorpus(dir: string, size: number, model: EntryFile[], sourcesYaml: string): Promise<void> {
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
	for (const collection of ['practices', 'lessons']) await mkdir(join(dir, collection, 'en'), { recursive: true });
	await writeFile(join(dir, 'sources.yaml'), sourcesYaml);
	const writes: Promise<void>[] = [];
	for (let i = 0; i < size; i++) {
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
		const file = join(dir, isLesson ? 'lessons' : 'practices', 'en', `generated-${i}.mdx`);
		writes.push(writeFile(file, `---\n${yaml.dump(data)}---\n\n${body}`));
		if (writes.length >= 500) await Promise.all(writes.splice(0));
	}
	await Promise.all(writes);
}
