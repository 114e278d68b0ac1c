/**
 * The external links of the built site, and whether each still answers. Used by `npm run links:external`,
 * which needs the network and so never runs in `npm test`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';

/** Every http(s) link in the site's pages, with the pages that carry it. */
export async function externalLinks(dist: string): Promise<Map<string, string[]>> {
	const links = new Map<string, string[]>();
	const names = (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
	for (const name of names) {
		const page = `/${relative(dist, join(dist, name))}`.replace(/index\.html$/, '');
		for (const anchor of parse(await readFile(join(dist, name), 'utf8')).querySelectorAll('a[href^="http"]')) {
			const url = anchor.getAttribute('href')!;
			links.set(url, [...new Set([...(links.get(url) ?? []), page])]);
		}
	}
	return links;
}

export interface LinkResult {
	url: string;
	ok: boolean;
	/** The HTTP status, or why there was none. */
	status: number | string;
}

/** Asks with HEAD, then GET where a server refuses HEAD; a status below 400 is alive. */
export async function checkLink(url: string, timeoutMs = 15_000): Promise<LinkResult> {
	try {
		let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
		if (response.status === 405 || response.status === 403 || response.status === 501) {
			response = await fetch(url, { method: 'GET', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
			await response.body?.cancel();
		}
		return { url, ok: response.status < 400, status: response.status };
	} catch (error) {
		const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
		return { url, ok: false, status: cause };
	}
}

/** Checks every link, a few at a time. */
export async function checkLinks(urls: readonly string[], concurrency = 6, timeoutMs?: number): Promise<LinkResult[]> {
	const results: LinkResult[] = [];
	const queue = [...urls];
	await Promise.all(
		Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) results.push(await checkLink(url, timeoutMs));
		}),
	);
	return results.sort((a, b) => a.url.localeCompare(b.url));
}
