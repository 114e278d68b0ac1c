/** Reads what Pagefind wrote for one page, with the reader the build uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Fragment, parseFragment } from '../../src/integrations/pagefind.ts';

export function readFragment(site: string, id: string, locale = 'en'): Fragment {
	const fragment = parseFragment(readFileSync(join(site, 'pagefind', locale, 'fragment', `${id}.pf_fragment`)));
	if (!fragment) throw new Error(`${id} is not a Pagefind fragment of a known format`);
	return fragment;
}
