/**
 * Facts carry over exactly: every link and every number in an entry's key figures must appear in the
 * document the entry cites. Reads the source documents from ../shared/sources/ and skips when absent.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { haveSources, root, sourcesDir } from '../support/paths.ts';

/** The source file each document id was taken from. */
const files: Record<string, string> = {
	'coe-compendium-2024': 'coe-compendium-intercultural-integration-cdadi-2024-39.txt',
	'champions-lessons-learned': 'champions-lessons-learned.txt',
	'champions-roundtable-romania': 'champions-roundtable-romania.txt',
	'migrantvoicesheard-trainings-romania': 'migrantvoicesheard-trainings-romania.txt',
	'ran-shared-identity-2020': 'ran-shared-identity-meeting-call.txt',
};

// Markdown escapes and spacing differ between a document and its text copy; compare without them.
const plain = (text: string) => text.replace(/\\(?=[^\w\s])/g, '').replace(/\s+/g, ' ');
const numbers = (text: string) => text.match(/\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?/g) ?? [];
const digits = (number: string) => number.replace(/\D/g, '');

describe.skipIf(!haveSources)('facts carried over from the sources', async () => {
	const entries = haveSources ? (await readEntryFiles(root)).filter((entry) => entry.collection === 'practices' && entry.locale === 'en') : [];
	const texts = new Map<string, string>();
	for (const [id, file] of Object.entries(files)) texts.set(id, haveSources ? plain(await readFile(join(sourcesDir, file), 'utf8')) : '');
	const sourceDigits = new Map([...texts].map(([id, text]) => [id, new Set(numbers(text).map(digits))]));

	it('every source document cited has its text', () => {
		for (const entry of entries) expect(files, entry.path).toHaveProperty((entry.data as any).source.document);
	});

	it.each(entries.map((entry) => [entry.path, entry] as const))('%s: links and figures are in its source', (_, entry) => {
		const data = entry.data as any;
		const text = texts.get(data.source.document)!;
		for (const link of data.links ?? []) expect(text, `link ${link.url}`).toContain(link.url);
		for (const figure of data.impact?.figures ?? []) {
			for (const number of numbers(figure.value)) {
				expect(sourceDigits.get(data.source.document)!.has(digits(number)), `figure "${figure.value}" (${figure.label})`).toBe(true);
			}
		}
	});
});

if (!haveSources) console.warn(`facts: skipped the check against the source documents: they are not at ${sourcesDir}.`);
