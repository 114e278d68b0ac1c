import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
export const dist = resolve(root, 'dist');

/** The source documents, kept outside the repository (../shared/sources/ beside the project). */
export const sourcesDir = process.env.SOURCES_DIR ?? resolve(root, '../shared/sources');
export const haveSources = existsSync(sourcesDir);

if (!existsSync(resolve(dist, 'index.html'))) {
	console.warn('tests: dist/ has no build; build tests will fail. Run `npm test`, which builds first.');
}
