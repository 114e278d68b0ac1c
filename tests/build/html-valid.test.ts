/**
 * The search page and the paged lists are valid HTML, as the Nu Html Checker (vnu-jar, on Java) reads
 * them: in every language, the first page and the next.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';
import { findJava } from '../../scripts/lib/java.ts';
import { dist } from '../support/paths.ts';

const java = findJava();
// The checker's jar, as the vnu-jar package ships it (the package has no types; its path is all we need).
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const paths = locales.flatMap((locale) => [urls.search(locale), urls.page(urls.search(locale), 2), urls.page(urls.practices(locale), 2), urls.lessons(locale), urls.country(locale, 'ES')]);

describe('valid HTML', () => {
	it('the search pages and paged lists have no errors', { timeout: 120_000 }, async () => {
		expect(java, 'Java is needed for the HTML checker: run `node scripts/ensure-tools.ts`').toBeDefined();
		const files = paths.map((path) => join(dist, path, 'index.html'));
		// The checker exits non-zero when it finds errors; its report is the JSON on stderr either way.
		const run = await promisify(execFile)(java!, ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { maxBuffer: 1 << 26 }).catch((error) => error);
		const { messages } = JSON.parse(run.stderr) as { messages: { url: string; message: string; lastLine?: number }[] };
		expect(messages.map(({ url, message, lastLine }) => `${url.replace(`file:${dist}`, '')}:${lastLine}: ${message}`)).toEqual([]);
	});
});
