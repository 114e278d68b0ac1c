/** `npm run i18n:status` reports each language, and a translation older than its original. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { root } from '../support/paths.ts';
import { corpus } from '../support/project.ts';

const status = (content: string) => spawnSync(process.execPath, [join(root, 'scripts/i18n-status.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });

describe('npm run i18n:status', () => {
	it('counts each language, and lists what is missing or older than its original', () => {
		const content = corpus([]);
		const original = readFileSync(join(content, 'practices/en/bilbao-anti-rumours-strategy.mdx'), 'utf8');
		mkdirSync(join(content, 'practices/fr'));
		// A French translation checked before its original was last updated.
		const figures = [...original.matchAll(/^ {4}- value:/gm)].map(() => '    - "x"').join('\n');
		writeFileSync(join(content, 'practices/fr/bilbao-anti-rumours-strategy.mdx'), `---\ntitle: "Bilbao"\nsummary: "Une stratégie."\nimpact:\n  summary: "x"\n  figures:\n${figures}\nupdated: 2020-01-01\n---\n\n## Contexte\n\nTexte.\n`);
		const run = status(content);
		expect(run.status).toBe(1);
		// The corpus holds the practice, and the About and Accessibility pages, which every language has.
		expect(run.stdout).toContain('fr: 3/3 translated, 3 with their body; 0 interface texts missing; 1 older than their original.');
		expect(run.stdout).toContain('older than its original: content/practices/fr/bilbao-anti-rumours-strategy.mdx');
		for (const locale of locales.filter((l) => l !== 'en' && l !== 'fr')) expect(run.stdout).toContain(`${locale}: 2/3 translated`);
		expect(run.stdout).toContain('missing: content/practices/de/bilbao-anti-rumours-strategy.mdx');
	});

	it('is clean on the real content', () => {
		const run = spawnSync(process.execPath, [join(root, 'scripts/i18n-status.ts')], { cwd: root, encoding: 'utf8' });
		// 87 practices, 27 lessons, and the About and Accessibility pages: every language complete.
		for (const locale of locales.filter((l) => l !== 'en')) {
			expect(run.stdout, run.stdout).toContain(`${locale}: 116/116 translated, 116 with their body; 0 interface texts missing; 0 older than their original.`);
		}
		expect(run.status, run.stdout).toBe(0);
	});
});
