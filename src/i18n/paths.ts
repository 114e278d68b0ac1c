/** getStaticPaths helpers: one page per locale, or one per locale and item. */
import { type Locale, locales } from './locales.ts';
import { type PageInfo, pageParams } from '../model/paging.ts';
import { type TableSort, tableSorts } from '../model/practice-table.ts';

export function localePaths() {
	return locales.map((locale) => ({ params: { locale } }));
}

export async function localeItemPaths<T>(items: (locale: Locale) => Promise<readonly T[]>, param: (item: T) => Record<string, string>) {
	const paths = [];
	for (const locale of locales) {
		for (const item of await items(locale)) paths.push({ params: { locale, ...param(item) }, props: { item } });
	}
	return paths;
}

/**
 * Each path once for every page of its list (model/paging.ts), for a `[...page]` route: `total` says
 * how long the path's list is; each page gets its place in the list as the prop `page`.
 */
export async function withPages<P extends { params: Record<string, string>; props?: object }>(paths: P[] | Promise<P[]>, total: (path: P) => number | Promise<number>) {
	const paged: { params: P['params'] & { page: string | undefined }; props: P['props'] & { page: PageInfo } }[] = [];
	for (const path of await paths) {
		for (const { page, info } of pageParams(await total(path))) paged.push({ params: { ...path.params, page } as P['params'] & { page: string | undefined }, props: { ...path.props, page: info } as P['props'] & { page: PageInfo } });
	}
	return paged;
}

/**
 * A table's pages, for a `table/[...page]` route: each order a list of pages of its own (…/table/start/page/2/),
 * so that sorting needs no script and every order has an address. Each page gets `sort` and `page` as props.
 */
export async function withTablePages<P extends { params: Record<string, string>; props?: object }, S extends string = TableSort>(
	paths: P[] | Promise<P[]>,
	total: (path: P) => number | Promise<number>,
	sorts: readonly S[] = tableSorts as readonly string[] as readonly S[],
) {
	const paged: { params: P['params'] & { page: string | undefined }; props: P['props'] & { sort: S; page: PageInfo } }[] = [];
	for (const path of await paths) {
		for (const sort of sorts) {
			for (const { page, info } of pageParams(await total(path))) {
				const param = [sort === 'title' ? undefined : sort, page].filter(Boolean).join('/') || undefined;
				paged.push({ params: { ...path.params, page: param } as P['params'] & { page: string | undefined }, props: { ...path.props, sort, page: info } as P['props'] & { sort: S; page: PageInfo } });
			}
		}
	}
	return paged;
}
