/** Entries are content, not code: the body check refuses every way of putting code or a foreign address in an entry. */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/model/entry-body.ts';
import { readEntryFiles, readPageFiles } from '../../src/model/entry-files.ts';
import { hostile } from '../fixtures/hostile-bodies.ts';
import { root } from '../support/paths.ts';

describe('the body check', () => {
	it.each(hostile)('refuses %s', (_, body, says) => {
		const messages = checkBody(body).map((problem) => problem.message);
		expect(messages.some((message) => message.includes(says)), messages.join('\n')).toBe(true);
	});

	it('points at the line in the file', () => {
		expect(checkBody('Fine.\n\n{1 + 1}\n', 12)).toEqual([{ line: 14, message: expect.stringContaining('JavaScript expression') }]);
	});

	it('reports every problem of a body, not only the first', () => {
		expect(checkBody('{a}\n\n<script />\n\n[x](javascript:b)\n').map((problem) => problem.line)).toEqual([1, 3, 5]);
	});

	it('accepts Markdown, the allowed components and the harmless inline elements', () => {
		const body = [
			'## Context',
			'Text with a [link](https://example.org/a?b=1), a [page](/en/about/), an [anchor](#context), [mail](mailto:a@example.org),',
			'<abbr title="European Union" lang="en">EU</abbr>, CO<sub>2</sub>, 10<sup>3</sup> and a line<br />break. Braces \\{escaped\\}.',
			'',
			'<Quote source="A mayor" lang="es">Palabras.</Quote>',
			'',
			'<Figure src="/images/photo.jpg" alt="A photo" caption="A caption" />',
			'',
			'| a | b |\n|---|---|\n| 1 | 2 |',
		].join('\n');
		expect(checkBody(body)).toEqual([]);
	});

	it('accepts every entry and page in content/', async () => {
		const files = [...(await readEntryFiles(root)), ...(await readPageFiles(root))];
		const problems = files.flatMap((entry) => checkBody(entry.body, entry.bodyLine).map((problem) => `${entry.path}:${problem.line}: ${problem.message}`));
		expect(problems).toEqual([]);
	});
});
