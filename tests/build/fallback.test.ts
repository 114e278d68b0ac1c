/**
 * A translation whose body lags behind its original (a new entry, or one whose English was rewritten): the page
 * shows the translated title and summary, and the original's body marked with its language under a notice,
 * and the language switcher says so. Every entry today is translated in full, so this builds a small corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { root } from '../support/paths.ts';
import { buildCommand, corpus, type Run } from '../support/project.ts';

const slug = 'bilbao-anti-rumours-strategy';
// The German translation's frontmatter without its body.
const frontmatterOnly = readFileSync(join(root, `content/practices/de/${slug}.mdx`), 'utf8').replace(/^(---\n[\s\S]*?\n---\n)[\s\S]*$/, '$1');
const content = corpus([], { [`practices/de/${slug}.mdx`]: frontmatterOnly });
const out = join(content, '../dist');
let build: Run;

describe('a translation without its body', () => {
	beforeAll(() => {
		build = buildCommand(content, out);
	}, 240_000);

	it('shows the original body in its language, under a notice, and the switcher says so', () => {
		expect(build.status, build.output).toBe(0);
		const html = parse(readFileSync(join(out, `de/practices/${slug}/index.html`), 'utf8'));
		expect(html.querySelector('h1')?.text).toBe('Bilbao: Anti-Gerüchte-Strategie');
		expect(html.querySelector('[data-fallback]')?.getAttribute('lang')).toBe('en');
		expect(html.querySelector('[data-fallback]')?.text).toContain('Like other cities whose population has diversified quickly');
		expect(html.querySelector('[data-fallback-notice]')?.text.trim()).toBe(t('de', 'fallback.notice'));
		expect(html.querySelector('.language-switcher a[hreflang="de"] .meta')?.text.trim()).toBe(`(${t('de', 'language.partial')})`);
		// The original's own page has no notice.
		expect(parse(readFileSync(join(out, `en/practices/${slug}/index.html`), 'utf8')).querySelector('[data-fallback]')).toBeNull();
	});
});
