/**
 * `npm run docs`: rewrites the generated parts of CONTRIBUTING.md and the issue forms from the field guide
 * and the vocabularies. `npm test` fails when they are out of date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { generatedFiles } from './lib/contributing.ts';

const root = resolve(import.meta.dirname, '..');
for (const [path, text] of await generatedFiles(root)) {
	await mkdir(dirname(join(root, path)), { recursive: true });
	await writeFile(join(root, path), text);
	console.log(`Wrote ${path}`);
}
