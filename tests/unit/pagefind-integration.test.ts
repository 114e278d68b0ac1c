/** The index step of the build: it writes an index per language, and fails the build when it cannot. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind.ts';

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'ip-pagefind-'));
	for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
	return dir;
}

async function buildDone(dir: string) {
	const hook = pagefind().hooks['astro:build:done']!;
	const logger = { info: () => undefined };
	await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
}

describe('the Pagefind integration', () => {
	it('indexes the pages marked as entry content, per language', async () => {
		const dir = site({
			'entry.html': '<html lang="en"><body><main data-pagefind-body><h1>Anti-rumours</h1><p>Bilbao trains agents.</p></main></body></html>',
			'nav.html': '<html lang="en"><body><h1>Navigation only</h1></body></html>',
		});
		await buildDone(dir);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(1);
		expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
	});

	it('fails the build when the site cannot be indexed', async () => {
		await expect(buildDone(join(tmpdir(), 'ip-pagefind-missing', String(Date.now())))).rejects.toThrow('Pagefind could not');
	});
});
