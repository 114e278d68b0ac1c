/**
 * Reproducible builds: `npm run reproducible` builds twice, printing every PDF twice, and finds the two
 * builds byte-identical (dates come from the content, hashes from the files). Run here on a small content
 * folder with its PDFs, so that it stays quick; CI or anyone can run it on the whole site.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';
import { corpus } from '../support/project.ts';

describe('reproducible builds', () => {
	it('two builds of the same content, PDFs included, are byte-identical', { timeout: 300_000 }, () => {
		const content = corpus([['one-lesson', '## What was learned\n\nA lesson, for the test.\n']]);
		const run = spawnSync(process.execPath, [join(root, 'scripts/reproducible.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: content, PDF: 'on' }, encoding: 'utf8' });
		// PDFs among them: the compendiums and the two entries, in the languages printed.
		expect(`${run.stdout}${run.stderr}`).toMatch(/Two builds are identical: \d+ files, ([4-9]|\d\d+) of them PDFs/);
		expect(run.status).toBe(0);
	});
});
