import { describe, expect, it } from 'vitest';
import { linkPracticeNames } from '../../src/model/lesson-links.ts';

describe('lesson links', () => {
	const must = { title: 'Fuenlabrada: MUST-a-LaB', url: '/en/practices/fuenlabrada-must-a-lab/' };
	const ampersand = { title: 'Rights & Roma', url: '/en/practices/rights/' };

	it('links a bold name that is a cited practice\'s title, and says which were linked', () => {
		const { html, linked } = linkPracticeNames('<li><strong>Fuenlabrada: MUST-a-LaB</strong>: the Labs…</li>', [must]);
		expect(html).toBe('<li><strong><a href="/en/practices/fuenlabrada-must-a-lab/">Fuenlabrada: MUST-a-LaB</a></strong>: the Labs…</li>');
		expect(linked).toEqual([must]);
	});

	it('matches a title as the HTML writes it, and leaves other bold text and other practices alone', () => {
		const { html, linked } = linkPracticeNames('<p><strong>Rights &amp; Roma</strong> and <strong>Other</strong></p>', [must, ampersand]);
		expect(html).toContain('<strong><a href="/en/practices/rights/">Rights &amp; Roma</a></strong>');
		expect(html).toContain('<strong>Other</strong>');
		expect(linked).toEqual([ampersand]);
	});
});

describe('lesson links, as the renderer writes', () => {
	it('matches a title with "<" and ">" as the body escapes them', () => {
		const { linked } = linkPracticeNames('<li><strong>A &lt;b> title</strong></li>', [{ title: 'A <b> title', url: '/en/practices/x/' }]);
		expect(linked).toHaveLength(1);
	});
});
