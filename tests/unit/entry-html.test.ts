/** An entry's body becomes static HTML: Markdown as Astro renders it, the components written out, and nothing that runs. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { entryHtml } from '../../src/model/entry-html.ts';
import { hostile } from '../fixtures/hostile-bodies.ts';

const render = (body: string) => parse(entryHtml(body).html);

describe('an entry body as HTML', () => {
	it('gives headings the ids Astro gives them, and lists them', () => {
		const { html, headings } = entryHtml('## What was done\n\nText.\n\n### What was done\n\n## Impact & results\n');
		expect(html).toContain('<h2 id="what-was-done">What was done</h2>');
		expect(headings).toEqual([
			{ depth: 2, slug: 'what-was-done', text: 'What was done' },
			{ depth: 3, slug: 'what-was-done-1', text: 'What was done' },
			{ depth: 2, slug: 'impact--results', text: 'Impact & results' },
		]);
	});

	it('renders GFM and typographic quotes and dashes, as Astro’s Markdown does', () => {
		const page = render('A "quoted" word -- and ~~struck~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n');
		expect(page.querySelector('p')?.innerHTML).toBe('A “quoted” word – and <del>struck</del>.');
		expect(page.querySelectorAll('table td').map((cell) => cell.textContent)).toEqual(['1', '2']);
		expect(page.querySelector('li input[type="checkbox"][checked]')).not.toBeNull();
	});

	it('writes characters in links and text as named references', () => {
		expect(entryHtml('[Video](https://example.org/?a=1&b=2) and A&B.').html).toBe(
			'<p><a href="https://example.org/?a=1&amp;b=2" rel="noopener noreferrer">Video</a> and A&amp;B.</p>',
		);
	});

	it('writes out the Quote and Figure components as plain HTML', () => {
		const page = render('<Quote source="A mayor, 2024" lang="es">Palabras *dichas*.</Quote>\n\n<Figure src="/images/a.jpg" alt="A photo" caption="By B" />\n');
		expect(page.querySelector('figure.quote blockquote[lang="es"]')?.innerHTML).toBe('Palabras <em>dichas</em>.');
		expect(page.querySelector('figure.quote figcaption')?.textContent).toBe('— A mayor, 2024');
		const image = page.querySelector('figure.figure img');
		expect([image?.getAttribute('src'), image?.getAttribute('alt'), image?.getAttribute('loading')]).toEqual(['/images/a.jpg', 'A photo', 'lazy']);
		expect(page.querySelector('figure.figure figcaption')?.textContent).toBe('By B');
		expect(render('<Figure src="/images/a.jpg" alt="A photo" />').querySelector('figcaption')).toBeNull();
	});

	it('keeps the inline elements with only their allowed attributes', () => {
		expect(entryHtml('The <abbr title="European Union" lang="en">EU</abbr>, CO<sub>2</sub>, 10<sup>3</sup>.').html).toBe(
			'<p>The <abbr title="European Union" lang="en">EU</abbr>, CO<sub>2</sub>, 10<sup>3</sup>.</p>',
		);
	});

	// The validator refuses these before the content is loaded; the renderer refuses them again, with the same words.
	it.each(hostile)('refuses to render %s', (_, body, says) => {
		expect(() => entryHtml(body)).toThrow(says);
	});
});
