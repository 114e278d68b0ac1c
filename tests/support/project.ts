/**
 * Runs the project's own commands (validate, build) on a small content folder of a test's making,
 * with the Node that runs the tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './paths.ts';

/** A lesson's frontmatter, valid whatever its body holds. */
export const lessonFrontmatter = (index: number) => `---
title: Lesson ${index}
statement: "A lesson written for a test."
topic: collaboration
areas: [polarisation-prevention]
source:
  document: champions-lessons-learned
  section: "LL: Collaboration (I)"
updated: 2026-12-01
---
`;

/**
 * A content folder with the real sources, one real practice and these lessons (slug, body), and any other
 * `files` (a path in the content folder, and its text).
 */
export function corpus(lessons: [slug: string, body: string][], files: Record<string, string> = {}): string {
	const content = join(mkdtempSync(join(tmpdir(), 'ip-corpus-')), 'content');
	mkdirSync(join(content, 'practices/en'), { recursive: true });
	mkdirSync(join(content, 'lessons/en'), { recursive: true });
	cpSync(join(root, 'content/sources.yaml'), join(content, 'sources.yaml'));
	cpSync(join(root, 'content/pages'), join(content, 'pages'), { recursive: true });
	cpSync(join(root, 'content/practices/en/bilbao-anti-rumours-strategy.mdx'), join(content, 'practices/en/bilbao-anti-rumours-strategy.mdx'));
	lessons.forEach(([slug, body], index) => writeFileSync(join(content, 'lessons/en', `${slug}.mdx`), lessonFrontmatter(index) + body));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	return content;
}

export interface Run {
	status: number | null;
	output: string;
}

function run(script: string, args: string[], env: Record<string, string | undefined>): Run {
	const result = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, env: { ...process.env, PDF: 'off', ...env }, encoding: 'utf8', timeout: 180_000 });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export const validateCommand = (content: string) => run('scripts/validate.ts', [], { CONTENT_DIR: content });

/** `astro build` of a content folder into `outDir`; `env` sets or (undefined) clears variables. */
export const buildCommand = (content: string, outDir: string, env: Record<string, string | undefined> = {}) =>
	run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', outDir], { CONTENT_DIR: content, ...env });
