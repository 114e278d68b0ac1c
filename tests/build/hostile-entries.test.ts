/**
 * A corpus of hostile entries is refused by `npm run validate` and by the build, with the same messages,
 * and none of its code runs: probes that would write a file leave none. The probes are shown to work by
 * compiling them with the MDX compiler Astro uses, outside the site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostile } from '../fixtures/hostile-bodies.ts';
import { root } from '../support/paths.ts';

/** Code that writes a file named `name` in `dir` when it runs. */
const write = (dir: string, name: string) => `process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(join(dir, name))}, 'ran')`;
const probeBodies = (dir: string): [string, string][] => [
	['probe-esm', `export const ran = ${write(dir, 'esm')}\n\nText.\n`],
	['probe-expression', `Text {${write(dir, 'expression')}}.\n`],
	['probe-attribute', `<abbr title={${write(dir, 'attribute')}}>EU</abbr>\n`],
];

/** A valid lesson's frontmatter: only the body is hostile. */
const frontmatter = (index: number) => `---
title: Hostile ${index}
statement: "A lesson whose body tries to carry code."
topic: collaboration
areas: [polarisation-prevention]
source:
  document: champions-lessons-learned
  section: "LL: Collaboration (I)"
updated: 2026-12-01
---
`;

/** A content folder with one real practice and these lessons. */
function corpus(lessons: [slug: string, body: string][]): string {
	const content = join(mkdtempSync(join(tmpdir(), 'ip-hostile-')), 'content');
	mkdirSync(join(content, 'practices/en'), { recursive: true });
	mkdirSync(join(content, 'lessons/en'), { recursive: true });
	cpSync(join(root, 'content/sources.yaml'), join(content, 'sources.yaml'));
	cpSync(join(root, 'content/practices/en/bilbao-anti-rumours-strategy.mdx'), join(content, 'practices/en/bilbao-anti-rumours-strategy.mdx'));
	lessons.forEach(([slug, body], index) => writeFileSync(join(content, 'lessons/en', `${slug}.mdx`), frontmatter(index) + body));
	return content;
}

/** Runs a command of the project's on a content folder, with the Node that runs the tests. */
const run = (content: string, script: string, args: string[]) => {
	const result = spawnSync(process.execPath, [join(root, script), ...args], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: content, PDF: 'off' },
		encoding: 'utf8',
		timeout: 120_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const validateCommand = (content: string) => run(content, 'scripts/validate.ts', []);
const buildCommand = (content: string, outDir: string) => run(content, 'node_modules/astro/bin/astro.mjs', ['build', '--outDir', outDir]);

describe('hostile entries', () => {
	// Every hostile body in one corpus; the probes alone in another, so that nothing else stops the build
	// before it would compile them.
	const all = corpus(hostile.map(([, body], index) => [`hostile-${index}`, `${body}\n`]));
	const probes = mkdtempSync(join(tmpdir(), 'ip-probes-'));
	const probeCorpus = corpus(probeBodies(probes));
	const outDir = join(probes, 'dist');
	let validate: ReturnType<typeof run>;
	let build: ReturnType<typeof run>;
	let probeBuild: ReturnType<typeof run>;
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
