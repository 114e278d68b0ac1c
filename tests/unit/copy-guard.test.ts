import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { entryProse, MAX_SHARED_WORDS, SourceRuns, sharedRuns } from '../../scripts/lib/copy-guard.ts';
import { haveSources, root, sourcesDir } from '../support/paths.ts';

const source = 'The network of anti-rumours agents involves 480 people. Each year 130 people are trained and an average of 800 people take part in the different awareness-raising actions of the project.';

describe('copy guard', () => {
	it('finds a run of ten words copied from the source', () => {
		const runs = sharedRuns('As reported, each year 130 people are trained and an average of them joined.', source);
		expect(runs).toEqual([{ words: 10, text: 'each year 130 people are trained and an average of' }]);
	});

	it('allows nine shared words, and ignores case and punctuation differences', () => {
		expect(sharedRuns('Each year, 130 people are trained, and an average', source)).toEqual([]);
		expect(MAX_SHARED_WORDS).toBe(9);
		expect(sharedRuns('EACH YEAR 130 people are trained; and an average of!', source)).toHaveLength(1);
	});

	it('leaves out lists of names', () => {
		const names = 'Partners were Comune di Reggio Emilia, Comune di Pontedera, Fondazione Giangiacomo Feltrinelli and Arci Comitato Territoriale Valdera.';
		expect(sharedRuns(names, names)).toEqual([]);
	});

	it('leaves out names, link texts and quotations', () => {
		const prose = entryProse({ title: source, summary: 'A strategy.' }, `See [${source}](https://example.org) and “${source}”.`);
		expect(sharedRuns(prose, source)).toEqual([]);
	});

	it.skipIf(!haveSources)('no entry repeats ten or more words of its source documents', async () => {
		const names = (await readdir(sourcesDir)).filter((name) => name.endsWith('.txt'));
		const texts = new SourceRuns(await Promise.all(names.map((name) => readFile(join(sourcesDir, name), 'utf8'))));
		const copied = (await readEntryFiles(root)).flatMap((entry) =>
			sharedRuns(entryProse(entry.data as Record<string, unknown>, entry.body), texts).map((run) => `${entry.path}: "${run.text}"`),
		);
		expect(copied).toEqual([]);
	});
});

if (!haveSources) console.warn(`copy guard: skipped the check against the source documents: they are not at ${sourcesDir}.`);
