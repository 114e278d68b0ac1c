/**
 * A corpus of hostile entries is refused by `npm run validate` and by the build, with the same messages,
 * and none of its code runs: probes that would write a file leave none. The probes are shown to work by
 * compiling them with the MDX compiler Astro uses, outside the site.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostile } from '../fixtures/hostile-bodies.ts';
import { buildCommand, corpus, type Run, validateCommand } from '../support/project.ts';

/** Code that writes a file named `name` in `dir` when it runs. */
const write = (dir: string, name: string) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(dir, name))}, 'ran')`;
const probeBodies = (dir: string): [string, string][] => [
	['probe-esm', `export const ran = ${write(dir, 'esm')}\n\nText.\n`],
	['probe-expression', `Text {${write(dir, 'expression')}}.\n`],
	['probe-attribute', `<abbr title={${write(dir, 'attribute')}}>EU</abbr>\n`],
];

describe('hostile entries', () => {
	// Every hostile body in one corpus; the probes alone in another, so that nothing else stops the build
	// before it would compile them.
	const all = corpus(hostile.map(([, body], index) => [`hostile-${index}`, `${body}\n`]));
	const probes = mkdtempSync(join(tmpdir(), 'ip-probes-'));
	const probeCorpus = corpus(probeBodies(probes));
	const outDir = join(probes, 'dist');
	let validate: Run;
	let build: Run;
	let probeBuild: Run;
	beforeAll(() => {
		validate = validateCommand(all);
		build = buildCommand(all, join(all, '../dist'));
		probeBuild = buildCommand(probeCorpus, outDir);
	}, 240_000);

	it.each(hostile.map(([name, , says], index) => [name, index, says] as const))('%s is refused by validate and by the build', (_, index, says) => {
		const line = new RegExp(`hostile-${index}\\.mdx:\\d+: body: [^\\n]*${says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
		expect(validate.output).toMatch(line);
		expect(build.output).toMatch(line);
	});

	it('fails both commands', () => {
		expect(validate.status).not.toBe(0);
		expect(build.status).not.toBe(0);
	});

	it('runs none of the probes: the build refuses them before compiling anything', () => {
		expect(probeBuild.status).not.toBe(0);
		for (const [slug] of probeBodies(probes)) expect(probeBuild.output).toMatch(new RegExp(`${slug}\\.mdx:\\d+: body: `));
		for (const name of ['esm', 'expression', 'attribute']) expect(existsSync(join(probes, name)), name).toBe(false);
		expect(existsSync(outDir)).toBe(false);
	});

	it('has probes that do run when compiled as MDX', async () => {
		const control = mkdtempSync(join(tmpdir(), 'ip-probe-control-'));
		const jsx = (type: unknown, props: unknown) => ({ type, props });
		for (const [name, body] of probeBodies(control)) {
			const module = await evaluate(body, { jsx, jsxs: jsx, Fragment: 'fragment' });
			(module.default as (props: object) => unknown)({});
			expect(existsSync(join(control, name.replace('probe-', ''))), name).toBe(true);
		}
	});
});
