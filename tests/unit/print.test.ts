/** The small pieces of the print design: running headers, nested bodies, file sizes. */
import { describe, expect, it } from 'vitest';
import { fileSize } from '../../src/integrations/pdf.ts';
import { nestHtml } from '../../src/model/nested-html.ts';
import { runningHeader } from '../../src/styles/running-header.ts';

describe('the running header', () => {
	it('holds the title and the site name as CSS strings (escaped by src/escape.ts)', () => {
		expect(runningHeader('A "title"', 'Site')).toBe('@page{@top-left{content:"A \\0022 title\\0022 "}@top-right{content:"Site"}}');
		expect(runningHeader('A title', 'Site')).toBe('@page{@top-left{content:"A title"}@top-right{content:"Site"}}');
		// The home page's title is the site's name: not twice.
		expect(runningHeader('Site', 'Site')).toBe('@page{@top-right{content:"Site"}}');
	});
});

describe('a body nested in the compendium', () => {
	it('moves its headings down, at most to h6, and prefixes their ids', () => {
		expect(nestHtml('<h2 id="context">Context</h2><p>x</p><h3 id="a">A</h3><h5>B</h5>', 2, 'practice-x-')).toBe(
			'<h4 id="practice-x-context">Context</h4><p>x</p><h5 id="practice-x-a">A</h5><h6>B</h6>',
		);
	});
});

describe('a file size', () => {
	it('is written in the page’s language, in kB or MB', () => {
		expect(fileSize(182_400, 'en')).toBe('182 kB');
		expect(fileSize(182_400, 'fr')).toBe('182\u202fko');
		expect(fileSize(2_210_000, 'fr')).toBe('2,2\u202fMo');
		expect(fileSize(300, 'en')).toBe('1 kB');
	});
});
