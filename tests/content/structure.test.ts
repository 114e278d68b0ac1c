/** The editorial structure of entry bodies: fixed sections, in a fixed order. */
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { root } from '../support/paths.ts';

const sections = { practices: ['Context', 'What was done', 'Impact', 'Learn more'], lessons: ['In practice'] };
// The originals: translations follow their original's sections (tests/content/translations.test.ts).
const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');

describe('entry bodies', () => {
	it.each(entries.map((entry) => [entry.path, entry] as const))('%s has its sections in the fixed order', (_, entry) => {
		const headings = [...entry.body.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
		const allowed = sections[entry.collection];
		for (const heading of headings) expect(allowed, `"${heading}" is not a section of ${entry.collection}`).toContain(heading);
		const order = headings.map((heading) => allowed.indexOf(heading));
		expect(order, 'sections out of order or repeated').toEqual([...new Set(order)].sort((a, b) => a - b));
		expect(entry.body, 'no level-one heading: the title is the page heading').not.toMatch(/^# /m);
	});

	it('every practice says what was done', () => {
		for (const entry of entries.filter((e) => e.collection === 'practices')) expect(entry.body, entry.path).toMatch(/^## What was done$/m);
	});

	it('a practice with links has a Learn more section listing every one of them', () => {
		for (const entry of entries.filter((e) => e.collection === 'practices')) {
			const links: { url: string }[] = (entry.data as { links?: { url: string }[] }).links ?? [];
			if (links.length === 0) continue;
			const learnMore = entry.body.split(/^## Learn more$/m)[1];
			expect(learnMore, entry.path).toBeDefined();
			for (const { url } of links) expect(learnMore, `${entry.path}: ${url}`).toContain(url);
		}
	});

	it('a Learn more section lists documents, never only that there are none', () => {
		for (const entry of entries) {
			const learnMore = entry.body.split(/^## Learn more$/m)[1];
			if (learnMore === undefined) continue;
			expect(learnMore, entry.path).toMatch(/^- /m);
			expect(learnMore, entry.path).not.toMatch(/\b(gives|has|are|lists) no\b/i);
		}
	});

	it('no entry holds code: no import, export or script', () => {
		for (const entry of entries) expect(entry.body, entry.path).not.toMatch(/^(import|export)\s|<script/m);
	});
});
