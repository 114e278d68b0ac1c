/**
 * One page of every template, in every language, is valid HTML as the Nu Html Checker (vnu-jar, on Java)
 * reads it: no error at all.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findJava } from '../../scripts/lib/java.ts';
import { dist } from '../support/paths.ts';
import { distFile } from '../support/site.ts';
import { allTemplatePages } from '../support/templates.ts';

const java = findJava();
// The checker's jar, as the vnu-jar package ships it (the package has no types; its path is all we need).
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
// The files as built: a search in the address changes nothing in them.
const paths = [...new Set(allTemplatePages().map(({ path }) => path))];

describe('valid HTML', () => {
	it('every template has no errors, in every language', { timeout: 120_000 }, async () => {
		expect(java, 'Java is needed for the HTML checker: run `node scripts/ensure-tools.ts`').toBeDefined();
		const files = paths.map(distFile);
		// The checker exits non-zero when it finds errors; its report is the JSON on stderr either way.
		const run = await promisify(execFile)(java!, ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { maxBuffer: 1 << 26 }).catch((error) => error);
		const { messages } = JSON.parse(run.stderr) as { messages: { url: string; message: string; lastLine?: number }[] };
		expect(messages.map(({ url, message, lastLine }) => `${url.replace(`file:${dist}`, '')}:${lastLine}: ${message}`)).toEqual([]);
	});
});
