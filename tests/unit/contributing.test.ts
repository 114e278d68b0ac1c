/** CONTRIBUTING.md's field tables and the issue forms are made from the field guide: they must be up to date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { areas, practiceTypes } from '../../src/model/vocabularies.ts';
import { generatedFiles } from '../../scripts/lib/contributing.ts';
import { practiceFields } from '../../src/model/field-guide.ts';
import { root } from '../support/paths.ts';

const files = await generatedFiles(root);

describe('generated contributor documents', () => {
	it.each([...files.keys()])('%s is up to date (run npm run docs)', (path) => {
		expect(readFileSync(join(root, path), 'utf8')).toBe(files.get(path));
	});

	it('CONTRIBUTING.md lists every practice field and every allowed value', () => {
		const text = files.get('CONTRIBUTING.md')!;
		for (const { name } of practiceFields) expect(text).toContain(`| \`${name}\` |`);
		for (const code of [...areas.codes, ...practiceTypes.codes]) expect(text).toContain(`\`${code}\``);
		expect(text).toContain('```mdx\n---\ntitle: "Bilbao: Anti-rumours strategy"');
	});

	it('the proposal form offers each vocabulary as choices', () => {
		const form = yaml.load(files.get('.github/ISSUE_TEMPLATE/propose-a-practice.yml')!) as { body: { id?: string; attributes: { options?: string[] } }[] };
		const options = (id: string) => form.body.find((item) => item.id === id)?.attributes.options?.map((option) => option.split(':')[0]);
		expect(options('areas')).toEqual([...areas.codes]);
		expect(options('type')).toEqual([...practiceTypes.codes]);
		expect(options('document')).toContain('coe-compendium-2024');
	});
});
