/**
 * `npm run validate`: checks every entry; prints one line per problem and exits non-zero if there is any.
 * With --github (or in GitHub Actions) it also writes each problem as an annotation on the file's line.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readEntryFiles, readPageFiles, readSourcesFile } from '../src/model/entry-files.ts';
import { fieldLine, formatAnnotation, formatProblem, validate } from '../src/model/validate.ts';

const root = resolve(import.meta.dirname, '..');
const annotate = process.argv.includes('--github') || process.env.GITHUB_ACTIONS === 'true';
const entries = await readEntryFiles(root);
const sources = await readSourcesFile(root);
const problems = validate({ entries, pages: await readPageFiles(root), sources: sources.data, sourcesError: sources.error });
for (const problem of problems) {
	console.error(formatProblem(problem));
	if (!annotate) continue;
	const text = await readFile(resolve(root, problem.path), 'utf8').catch(() => '');
	console.log(formatAnnotation(problem, problem.line ?? fieldLine(text, problem.field)));
}
console.log(problems.length ? `${problems.length} problem(s) in ${entries.length} entries.` : `All ${entries.length} entries are valid.`);
process.exit(problems.length ? 1 : 0);
