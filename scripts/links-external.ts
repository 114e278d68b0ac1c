/**
 * `npm run links:external`: reports the external links of the built site (dist/) that no longer answer.
 * It needs the network, so it is not part of `npm test`; run it after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkLinks, externalLinks } from './lib/external-links.ts';

const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(dist)) {
	console.error('No build in dist/: run npm run build first.');
	process.exit(2);
}
const links = await externalLinks(dist);
console.log(`Checking ${links.size} external links…`);
const dead = (await checkLinks([...links.keys()])).filter((result) => !result.ok);
for (const { url, status } of dead) console.log(`${status}  ${url}\n      on ${links.get(url)!.join(', ')}`);
console.log(dead.length ? `${dead.length} of ${links.size} external links are dead.` : `All ${links.size} external links answer.`);
process.exit(dead.length ? 1 : 0);
