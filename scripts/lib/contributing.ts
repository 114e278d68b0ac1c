/**
 * The generated parts of the contributors' documents, made from the field guide and the vocabularies:
 * the marked sections of CONTRIBUTING.md and the issue form for proposing a practice.
 * `npm run docs` writes them; a test fails when a file is out of date.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { correctionForm } from '../../src/config.ts';
import { bodySections, editorialRules, type FieldDoc, lessonFields, practiceFields } from '../../src/model/field-guide.ts';
import { number } from '../../src/i18n/format.ts';
import type { Translatable } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import type { Vocabulary } from '../../src/model/vocabularies.ts';

const valueList = (vocabulary: Vocabulary<string>) => vocabulary.codes.map((code) => `\`${code}\` (${vocabulary.label(code, 'en')})`).join(', ');
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** "At most 300 characters." or "Length: `summary` at most 800 characters; …". */
const limitText = (limits: FieldDoc['limits']) =>
	limits ? ` Length: ${Object.entries(limits).map(([part, n]) => `${part ? `\`${part}\` ` : ''}${t('en', 'contribute.maxLength', { n: number('en', n) })}`).join('; ')}.` : '';

function fieldTable(fields: readonly FieldDoc[]): string {
	const rows = fields.map(({ name, required, what, values, limits }) => `| \`${name}\` | ${required ? 'yes' : 'no'} | ${cell(what.en)}${values ? ` Allowed: ${valueList(values)}.` : ''}${limitText(limits)} |`);
	return ['| field | required | what it holds |', '|---|---|---|', ...rows].join('\n');
}

const sectionList = (sections: readonly (readonly [string, Translatable])[]) => sections.map(([heading, what]) => `- \`## ${heading}\`: ${what.en}`).join('\n');

/** Each marked section of CONTRIBUTING.md, by its marker name. */
export async function contributingSections(root: string): Promise<Record<string, string>> {
	const example = await readFile(join(root, 'content/practices/en/bilbao-anti-rumours-strategy.mdx'), 'utf8');
	return {
		rules: editorialRules.map(([rule, detail]) => `- **${rule.en}** ${detail.en}`).join('\n'),
		'practice-fields': `${fieldTable(practiceFields)}\n\nBody sections, in this order:\n\n${sectionList(bodySections.practices)}`,
		'lesson-fields': `${fieldTable(lessonFields)}\n\nBody sections:\n\n${sectionList(bodySections.lessons)}`,
		example: `\`content/practices/en/bilbao-anti-rumours-strategy.mdx\`:\n\n\`\`\`mdx\n${example.trimEnd()}\n\`\`\``,
	};
}

/** Replaces each `<!-- generated:name -->…<!-- /generated -->` block with its section. */
export function fillSections(text: string, sections: Record<string, string>): string {
	return text.replace(/<!-- generated:([\w-]+) -->[\s\S]*?<!-- \/generated -->/g, (_, name: string) => {
		if (!(name in sections)) throw new Error(`CONTRIBUTING.md: no generated section "${name}"`);
		return `<!-- generated:${name} -->\n${sections[name]}\n<!-- /generated -->`;
	});
}

const HEADER = '# Made by `npm run docs` from src/model/field-guide.ts and the vocabularies: edit those, not this file.\n';

/** The issue form "Propose a practice": one question per field, choices from the vocabularies. */
export function proposalForm(documents: readonly { id: string; title: string }[]): string {
	const field = (name: string) => practiceFields.find((f) => f.name === name)!;
	const plain = (text: string) => text.replace(/`/g, '');
	const dropdown = (id: string, label: string, multiple: boolean, required: boolean) => ({
		type: 'dropdown',
		id,
		attributes: { label, description: plain(field(id).what.en), multiple, options: field(id).values!.codes.map((code) => `${code}: ${field(id).values!.label(code, 'en')}`) },
		validations: { required },
	});
	const input = (id: string, label: string, required: boolean, textarea = false) => ({
		type: textarea ? 'textarea' : 'input',
		id,
		attributes: { label, description: plain(field(id).what.en) },
		validations: { required },
	});
	const form = {
		name: 'Propose a practice',
		description: 'Suggest a good practice for the knowledge base. An editor turns it into an entry and cites the source you give.',
		title: 'Practice: ',
		labels: ['proposal'],
		body: [
			{ type: 'markdown', attributes: { value: 'Give only what the source document states; leave the rest empty. The fields match those of an entry (see CONTRIBUTING.md).' } },
			input('title', 'Name of the practice', true),
			input('summary', 'Summary', true, true),
			input('countries', 'Countries', true),
			input('place', 'City or region', false),
			dropdown('level', 'Level', false, true),
			dropdown('type', 'Type', false, true),
			dropdown('areas', 'Areas of intervention', true, true),
			input('duration', 'Dates or length', false),
			input('impact', 'Results, targets and figures', false, true),
			dropdown('evidence', 'Evidence', false, true),
			dropdown('targetGroups', 'Target groups', true, false),
			input('organisations', 'Lead organisation and partners', false, true),
			input('links', 'Documents and websites', false, true),
			{
				type: 'dropdown',
				id: 'document',
				attributes: { label: 'Source document', description: 'The document the entry will be written from. Not listed? Choose "another document" and name it below.', options: [...documents.map((d) => `${d.id}: ${d.title}`), 'another document'] },
				validations: { required: true },
			},
			{ type: 'input', id: 'where', attributes: { label: 'Page or section of the source', description: 'Where in the document the practice is described, or the document\'s title and address if it is not listed.' }, validations: { required: true } },
		],
	};
	return HEADER + yaml.dump(form, { lineWidth: 120, noRefs: true });
}

/** The issue form "Report a correction"; the entry page fills in `entry` with its address. */
export function correctionFormYaml(): string {
	const form = {
		name: 'Report a correction',
		description: 'Something in an entry is wrong, or differs from its source.',
		title: 'Correction: ',
		labels: ['correction'],
		body: [
			{ type: 'input', id: 'entry', attributes: { label: 'Entry', description: 'The address of the entry\'s page.' }, validations: { required: true } },
			{ type: 'textarea', id: 'wrong', attributes: { label: 'What is wrong', description: 'Quote the sentence or field.' }, validations: { required: true } },
			{ type: 'textarea', id: 'source', attributes: { label: 'What the source says', description: 'The document and page, and its wording.' }, validations: { required: true } },
			{ type: 'textarea', id: 'correction', attributes: { label: 'Suggested correction' }, validations: { required: false } },
		],
	};
	return HEADER + yaml.dump(form, { lineWidth: 120, noRefs: true });
}

/** Every generated file, by its path in the repository, as it should read. */
export async function generatedFiles(root: string): Promise<Map<string, string>> {
	const sources = (yaml.load(await readFile(join(root, 'content/sources.yaml'), 'utf8')) as { id: string; title: string }[]) ?? [];
	const contributing = await readFile(join(root, 'CONTRIBUTING.md'), 'utf8');
	return new Map([
		['CONTRIBUTING.md', fillSections(contributing, await contributingSections(root))],
		['.github/ISSUE_TEMPLATE/propose-a-practice.yml', proposalForm(sources)],
		[`.github/ISSUE_TEMPLATE/${correctionForm}`, correctionFormYaml()],
	]);
}
