/** `npm run new` writes a valid skeleton from flags or answers, offers did-you-mean, and never overwrites. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEntry, readSourcesFile } from '../../src/model/entry-files.ts';
import { formatProblem, validate } from '../../src/model/validate.ts';
import { root } from '../support/paths.ts';

function content(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'ip-new-')), 'content');
	mkdirSync(dir);
	cpSync(join(root, 'content/sources.yaml'), join(dir, 'sources.yaml'));
	return dir;
}

const newEntry = (dir: string, args: string[], input = '') =>
	spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: dir }, input, encoding: 'utf8' });

/** The validator's lines for the written file, checked as the build would check it. */
async function problems(path: string, collection: 'practices' | 'lessons', slug: string): Promise<string[]> {
	const parsed = parseEntry(readFileSync(path, 'utf8'));
	const file = { path, collection, locale: 'en', slug, extension: 'mdx', data: undefined, ...parsed };
	const sources = await readSourcesFile(root);
	return validate({ entries: [file], sources: sources.data }).map(formatProblem);
}

describe('npm run new', () => {
	it('writes a valid practice skeleton from flags, with every field in place', async () => {
		const dir = content();
		const run = newEntry(dir, ['--kind', 'practice', '--title', 'Valencia: Welcome desks', '--country', 'es', '--area', 'welcoming-policies,education', '--type', 'service', '--level', 'local', '--source', 'coe-compendium-2024', '--page', '12']);
		expect(run.status, run.stderr).toBe(0);
		const path = join(dir, 'practices/en/valencia-welcome-desks.mdx');
		expect(run.stdout).toContain('valencia-welcome-desks.mdx');
		expect(run.stdout).toContain('npm run validate');
		expect(await problems(path, 'practices', 'valencia-welcome-desks')).toEqual([]);
		const text = readFileSync(path, 'utf8');
		for (const field of ['title', 'summary', 'countries: [ES]', 'areas: [welcoming-policies, education]', 'evidence', 'targetGroups', 'organisations', 'links', 'notStated', 'page: 12', '# duration', '# impact', '## What was done']) expect(text).toContain(field);
	});

	it('writes a title with quotes, a backslash and a YAML comment sign as the same text', async () => {
		const dir = content();
		const title = 'Valencia: "Welcome" desks \\ #1: a: b';
		const run = newEntry(dir, ['--kind', 'lesson', '--title', title, '--area', 'education', '--topic', 'collaboration', '--source', 'champions-lessons-learned', '--section', 'LL']);
		expect(run.status, run.stderr).toBe(0);
		const [file] = readdirSync(join(dir, 'lessons/en'));
		const parsed = parseEntry(readFileSync(join(dir, 'lessons/en', file), 'utf8'));
		expect((parsed.data as { title: string }).title).toBe(title);
	});

	it('asks for what the flags leave out, and offers the closest value for a typo', async () => {
		const dir = content();
		const answers = ['lesson', 'Trust takes time', 'polarisation-prevention', 'colaboration', 'collaboration', 'champions-lesons-learned', 'champions-lessons-learned', 'LL: Collaboration (I)', ''].join('\n');
		const run = newEntry(dir, [], answers);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('Topic:\n  pve-approach (Approach to preventing violent extremism)');
		expect(run.stderr).toContain('"colaboration" is not a known lesson topic. Did you mean "collaboration"?');
		expect(run.stderr).toContain('"champions-lesons-learned" is not in content/sources.yaml. Did you mean "champions-lessons-learned"?');
		expect(await problems(join(dir, 'lessons/en/trust-takes-time.mdx'), 'lessons', 'trust-takes-time')).toEqual([]);
	});

	it('refuses a wrong flag value with a did-you-mean, and a value it cannot ask for when there is no terminal', () => {
		const run = newEntry(content(), ['--kind', 'practice', '--title', 'X', '--country', 'UK'], '');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('--country: "UK" is not an ISO 3166-1 alpha-2 country code. Did you mean "GB"?');
		expect(run.stderr).toContain('Missing --country');
	});

	it('refuses a slug that exists', () => {
		const dir = content();
		const args = ['--kind', 'lesson', '--title', 'Trust takes time', '--topic', 'collaboration', '--area', 'polarisation-prevention', '--source', 'champions-lessons-learned', '--section', 'LL: Collaboration (I)'];
		expect(newEntry(dir, args).status).toBe(0);
		const again = newEntry(dir, args);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('trust-takes-time.mdx exists already');
		expect(existsSync(join(dir, 'lessons/en/trust-takes-time.mdx'))).toBe(true);
	});
});
