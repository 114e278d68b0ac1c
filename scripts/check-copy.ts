/**
 * `npm run check:copy`: lists entry passages that repeat their source document word for word.
 * The source documents live outside the repository, in ../shared/sources/ (or $SOURCES_DIR).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readEntryFiles } from '../src/model/entry-files.ts';
import { entryProse, MAX_SHARED_WORDS, SourceRuns, sharedRuns } from './lib/copy-guard.ts';

const root = resolve(import.meta.dirname, '..');
const sourcesDir = process.env.SOURCES_DIR ?? resolve(root, '../shared/sources');

const names = await readdir(sourcesDir).catch(() => undefined);
if (!names) {
	console.log(`Skipped: the source documents are not at ${sourcesDir} (set SOURCES_DIR to check against them).`);
	process.exit(0);
}
const sources = new SourceRuns(await Promise.all(names.filter((name) => name.endsWith('.txt')).map((name) => readFile(join(sourcesDir, name), 'utf8'))));

let problems = 0;
for (const entry of await readEntryFiles(root)) {
	if (!entry.data) continue;
	for (const run of sharedRuns(entryProse(entry.data as Record<string, unknown>, entry.body), sources)) {
		problems++;
		console.log(`${entry.path}: ${run.words} words copied from the source: "${run.text}". Rewrite it in your own words.`);
	}
}
console.log(problems ? `${problems} copied passages (${MAX_SHARED_WORDS + 1} or more words in a row).` : 'No copied passages.');
process.exit(problems ? 1 : 0);
