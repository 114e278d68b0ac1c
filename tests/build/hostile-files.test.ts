/**
 * Entry files with hostile frontmatter, names or sizes, and symbolic links, are refused by `npm run validate`
 * and by the build with the same messages: each on the field's line, contributor text on one line, no output
 * line that GitHub Actions would read as an annotation, and every problem of the run reported.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles, hostileFileTree } from '../fixtures/hostile-files.ts';
import { buildCommand, corpus, type Run, validateCommand } from '../support/project.ts';

describe('hostile entry files', () => {
	const content = corpus([], hostileFileTree());
	// A link to a file of the machine that builds the site, which the build would otherwise publish.
	symlinkSync('/etc/hostname', join(content, 'lessons/en/linked.mdx'));
	let validate: Run;
	let build: Run;
	beforeAll(() => {
		validate = validateCommand(content);
		build = buildCommand(content, join(content, '../dist'));
	}, 240_000);

	it.each(hostileFiles.map(([name, path, , says]) => [name, path, says] as const))('%s is refused by validate and by the build', (_, path, says) => {
		const file = `content/${path}`.replace(/\n/g, '\\n');
		for (const output of [validate.output, build.output]) expect(output.split('\n').some((line) => line.includes(file) && line.includes(says))).toBe(true);
	});

	it('refuses a symbolic link, naming it', () => {
		for (const output of [validate.output, build.output]) expect(output).toContain('content/lessons/en/linked.mdx: is a symbolic link');
	});

	it('prints no line that starts as a GitHub annotation, and never crashes', () => {
		for (const output of [validate.output, build.output]) {
			expect(output.split('\n').filter((line) => line.trimStart().startsWith('::'))).toEqual([]);
			expect(output).not.toMatch(/Maximum call stack|RangeError/);
		}
		expect(validate.status).toBe(1);
		expect(build.status).not.toBe(0);
	});
});
