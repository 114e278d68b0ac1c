/**
 * A title that is hostile in every context it is written into (a spreadsheet formula, a CSS comment and string
 * end, a style element's end) changes nothing but the words shown: the page's styles, its running header, its
 * PDF and the compendium's running headers are those of the same entry under a plain title, and the CSV cell
 * is text. Control characters, which CSS reads as line ends, never get this far (hostile-files.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { practiceFile } from '../fixtures/hostile-files.ts';
import { useSite } from '../support/browser.ts';
import { readPdf } from '../support/pdf.ts';
import { buildCommand, corpus, type Run } from '../support/project.ts';

const hostileTitle = '=HYPERLINK("https://evil.example/","Moved") */ </style><style>body{display:none}</style> \\" {x} /*';
const plainTitle = 'A plain title for the same entry';
const body = '## Context\n\nThe same text under both titles.\n';
const content = corpus([], {
	'practices/en/hostile-title.mdx': practiceFile({ title: JSON.stringify(hostileTitle), source: '\n  document: coe-compendium-2024\n  page: 10' }, body),
	'practices/en/plain-title.mdx': practiceFile({ title: JSON.stringify(plainTitle), source: '\n  document: coe-compendium-2024\n  page: 11' }, body),
});
const out = join(content, '../dist');
let build: Run;

describe('a hostile title', () => {
	beforeAll(() => {
		build = buildCommand(content, out, { PDF: 'on' });
	}, 300_000);

	it('builds', () => {
		expect(build.status).toBe(0);
	});

	it('is a text cell in the CSV, never a formula', () => {
		const rows = parse(readFileSync(join(out, 'data/practices.csv')), { columns: true }) as Record<string, string>[];
		expect(rows.find((row) => row.slug === 'hostile-title')?.title).toBe(`'${hostileTitle}`);
		expect(rows.find((row) => row.slug === 'plain-title')?.title).toBe(plainTitle);
	});

	it("prints the same PDF as the plain title's, the title aside", async () => {
		const [hostile, plain] = await Promise.all(['hostile-title', 'plain-title'].map((slug) => readPdf(join(out, `pdf/en/practices/${slug}.pdf`))));
		const squeeze = (text: string) => text.replace(/\s+/g, '');
		// The running header: the title written out as it is, on every page.
		for (const page of hostile.pages) expect(squeeze(page)).toContain(squeeze(hostileTitle));
		// Below the heading (whose line breaks text extraction reads unevenly), the same text, page breaks aside (a
		// longer title may push a line to the next page): all but the address, the source's page, page numbers and
		// the running header's site name, which each page repeats.
		const belowHeading = (pdf: typeof hostile, title: string) =>
			squeeze(pdf.pages.join(' '))
				.replaceAll(squeeze(title), '')
				.replaceAll(squeeze(t('en', 'site.name')), '')
				.replace(/^.*?(?=Apracticewrittenforatest)/, '')
				.replace(/\d+\/\d+/g, '')
				.replace(/(hostile|plain)-title/g, 'slug')
				.replace(/p\.1[01]/g, 'p.N');
		expect(belowHeading(hostile, hostileTitle)).toBe(belowHeading(plain, plainTitle));
		expect(Math.abs(hostile.pages.length - plain.pages.length)).toBeLessThanOrEqual(1);
		expect(hostile.info.Title).toBe(hostileTitle);
	});

	it("leaves the compendium's later running headers in place", async () => {
		const { pages } = await readPdf(join(out, 'pdf/en/compendium.pdf'));
		const squeeze = (text: string) => text.replace(/\s+/g, '');
		// The plain entry comes after the hostile one (source page 11 after 10): its pages still carry its title.
		const first = pages.findIndex((page) => squeeze(page).includes(squeeze(hostileTitle)));
		const plainPages = pages.filter((page, n) => n > first && squeeze(page).includes(squeeze(plainTitle)));
		expect(first).toBeGreaterThanOrEqual(0);
		expect(plainPages.length).toBeGreaterThan(0);
		// Header and heading on the page where it starts.
		expect(squeeze(plainPages[0]).split(squeeze(plainTitle)).length - 1).toBeGreaterThanOrEqual(2);
	});

	describe('in Chromium', () => {
		const site = useSite(async () => out);

		it("keeps the page's styles: one @page rule in the running header, nothing hidden", async () => {
			const read = async (slug: string) => {
				const page = await site.open(`/en/practices/${slug}/`);
				return page.evaluate(() => ({
					styles: document.querySelectorAll('style').length,
					header: [...document.styleSheets].filter((sheet) => sheet.ownerNode instanceof HTMLStyleElement && sheet.ownerNode.textContent?.includes('@page')).map((sheet) => [...sheet.cssRules].map((rule) => rule.constructor.name)),
					display: getComputedStyle(document.body).display,
				}));
			};
			const [hostile, plain] = await Promise.all([read('hostile-title'), read('plain-title')]);
			expect(hostile).toEqual(plain);
			expect(hostile.header).toEqual([['CSSPageRule']]);
			expect(hostile.display).not.toBe('none');
		});
	});
});
