/** The build runs the validator first and fails with the same lines as `npm run validate`. */
import { cpSync, mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { validateContent } from '../../src/integrations/validate-content.ts';
import { root } from '../support/paths.ts';

function project(frontmatter: string, body = '## Context\n'): URL {
	const dir = mkdtempSync(join(tmpdir(), 'ip-validate-'));
	mkdirSync(join(dir, 'content/practices/en'), { recursive: true });
	cpSync(join(root, 'content/sources.yaml'), join(dir, 'content/sources.yaml'));
	writeFileSync(join(dir, 'content/practices/en/broken.mdx'), `---\n${frontmatter}\n---\n\n${body}`);
	return pathToFileURL(`${dir}/`);
}

const broken = `title: Broken
summary: A practice with a mistyped area.
countries: [ES]
level: local
type: service
areas: [welcome-policies]
evidence: self-reported
source: { document: coe-compendium-2024, page: 9 }
updated: 2026-11-21`;

async function setup(command: 'build' | 'dev', rootUrl: URL) {
	const logger = { warn: vi.fn() };
	const hook = validateContent().hooks['astro:config:setup']!;
	await (hook as (options: unknown) => Promise<void>)({ config: { root: rootUrl }, command, logger });
	return logger;
}

describe('the validate-content integration', () => {
	it('fails the build with the validator’s message', async () => {
		await expect(setup('build', project(broken))).rejects.toThrow(
			'content/practices/en/broken.mdx:7: areas[0]: "welcome-policies" is not a known area of intervention. Did you mean "welcoming-policies"?',
		);
	});

	it('only warns in the development server, so editors can keep working', async () => {
		const logger = await setup('dev', project(broken));
		expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('areas[0]: "welcome-policies"'));
	});

	it('stops every command, the development server too, on an entry that carries code', async () => {
		const valid = broken.replace('welcome-policies', 'welcoming-policies');
		await expect(setup('dev', project(valid, 'Home: {process.env.HOME}\n'))).rejects.toThrow(
			'content/practices/en/broken.mdx:13: body: a JavaScript expression {…} is not allowed',
		);
	});

	it('stops every command on a symbolic link under public/, which the build would publish as the file it points to', async () => {
		const valid = project(broken.replace('welcome-policies', 'welcoming-policies'));
		mkdirSync(new URL('public/images/', valid), { recursive: true });
		symlinkSync('/etc/hostname', new URL('public/images/photo.jpg', valid));
		await expect(setup('dev', valid)).rejects.toThrow('public/images/photo.jpg: is a symbolic link');
	});

	it('lets a valid project build', async () => {
		await expect(setup('build', project(broken.replace('welcome-policies', 'welcoming-policies')))).resolves.toBeDefined();
	});
});
