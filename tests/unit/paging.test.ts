import { describe, expect, it } from 'vitest';
import { urls } from '../../src/i18n/urls.ts';
import { pageCount, pageItems, pageItemsOfTwo, pageLinks, pageParams } from '../../src/model/paging.ts';

describe('pages of a list', () => {
	it('has one page for an empty or short list, and one more for each 50 entries', () => {
		expect([0, 1, 50, 51, 10_000].map((n) => pageCount(n))).toEqual([1, 1, 1, 2, 200]);
	});

	it('puts page 1 at the list’s own address and the others under page/n/', () => {
		const params = pageParams(120);
		expect(params.map((p) => p.page)).toEqual([undefined, 'page/2', 'page/3']);
		expect(params.map((p) => urls.page('/en/practices/', p.info.number))).toEqual(['/en/practices/', '/en/practices/page/2/', '/en/practices/page/3/']);
	});

	it('shares the items out, each exactly once, in order', () => {
		const items = Array.from({ length: 120 }, (_, i) => i);
		const pages = pageParams(items.length).map(({ info }) => pageItems(items, info));
		expect(pages.map((page) => page.length)).toEqual([50, 50, 20]);
		expect(pages.flat()).toEqual(items);
	});

	it('shares two lists shown one after the other, the page that holds both ends of them included', () => {
		const practices = Array.from({ length: 70 }, (_, i) => `p${i}`);
		const lessons = Array.from({ length: 45 }, (_, i) => `l${i}`);
		const pages = pageParams(practices.length + lessons.length).map(({ info }) => pageItemsOfTwo(practices, lessons, info));
		expect(pages.map(([p, l]) => [p.length, l.length])).toEqual([[50, 0], [20, 30], [0, 15]]);
		expect(pages.flatMap(([p]) => p)).toEqual(practices);
		expect(pages.flatMap(([, l]) => l)).toEqual(lessons);
	});

	it('links the first, the last and the neighbours, with gaps for the rest', () => {
		expect(pageLinks(1, 1)).toEqual([1]);
		expect(pageLinks(1, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pageLinks(10, 200)).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
		// A gap of one page is shown as that page.
		expect(pageLinks(4, 200)).toEqual([1, 2, 3, 4, 5, 6, null, 200]);
		expect(pageLinks(200, 200)).toEqual([1, null, 198, 199, 200]);
	});
});
