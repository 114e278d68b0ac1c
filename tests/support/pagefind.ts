/** Reads what Pagefind wrote for one page: a fragment file is gzipped, a signature, then JSON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function readFragment(site: string, id: string): { url: string; content: string; meta: Record<string, string> } {
	const text = gunzipSync(readFileSync(join(site, 'pagefind/fragment', `${id}.pf_fragment`))).toString('utf8');
	return JSON.parse(text.slice(text.indexOf('{')));
}
